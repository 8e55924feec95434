package org.musicrec.recommend.als;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Runs independent tasks and returns their results in task order (never in completion order). */
final class Parallel {
    private Parallel() {
    }

    static <T> List<T> invokeAll(ExecutorService pool, List<Callable<T>> tasks) {
        List<T> results = new ArrayList<>(tasks.size());
        try {
            if (pool == null || tasks.size() == 1) {
                for (Callable<T> task : tasks) {
                    results.add(task.call());
                }
                return results;
            }
            for (Future<T> f : pool.invokeAll(tasks)) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while training", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
