package org.musicrec.platform.mongo;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.DataRepository;
import jakarta.data.repository.Repository;
import jakarta.nosql.Embeddable;
import jakarta.nosql.Entity;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jnosql.mapping.NoSQLRepository;
import org.eclipse.jnosql.mapping.metadata.ClassScanner;

/**
 * JNoSQL's class scanner, limited to this application's packages. JNoSQL's default scans the whole
 * class path, every Payara module included, which made most of a deploy's time (BENCHMARKS.md); this one
 * looks only at {@code org.musicrec} in the application's own class loader. Registered through
 * {@code META-INF/services/org.eclipse.jnosql.mapping.metadata.ClassScanner}, which wins because the
 * WAR's own classes come first. The semantics follow JNoSQL 1.1.11's scanner; re-check on upgrade.
 */
public final class AppClassScanner implements ClassScanner {

    private static final String APP_PACKAGE = "org.musicrec";

    private final Set<Class<?>> entities = new HashSet<>();
    private final Set<Class<?>> embeddables = new HashSet<>();
    private final Set<Class<?>> repositories = new HashSet<>();
    private final Set<Class<?>> customRepositories = new HashSet<>();

    public AppClassScanner() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = AppClassScanner.class.getClassLoader();
        }
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo()
                .acceptPackages(APP_PACKAGE)
                .overrideClassLoaders(loader)
                .ignoreParentClassLoaders()
                .scan()) {
            entities.addAll(scan.getClassesWithAnnotation(Entity.class).loadClasses());
            embeddables.addAll(scan.getClassesWithAnnotation(Embeddable.class).loadClasses());
            List<ClassInfo> repos = scan.getClassesWithAnnotation(Repository.class).getInterfaces();
            for (ClassInfo info : repos) {
                (info.implementsInterface(DataRepository.class) ? repositories : customRepositories)
                        .add(info.loadClass());
            }
        }
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.copyOf(entities);
    }

    @Override
    public Set<Class<?>> repositories() {
        return Set.copyOf(repositories);
    }

    @Override
    public Set<Class<?>> embeddables() {
        return Set.copyOf(embeddables);
    }

    @Override
    public <T extends DataRepository<?, ?>> Set<Class<?>> repositories(Class<T> filter) {
        return repositories.stream()
                .filter(filter::isAssignableFrom)
                .filter(c -> Arrays.asList(c.getInterfaces()).contains(filter))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Set<Class<?>> repositoriesStandard() {
        return repositories.stream().filter(c -> {
            List<Class<?>> parents = Arrays.asList(c.getInterfaces());
            return parents.contains(CrudRepository.class) || parents.contains(BasicRepository.class)
                    || parents.contains(NoSQLRepository.class) || parents.contains(DataRepository.class);
        }).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Set<Class<?>> customRepositories() {
        return Set.copyOf(customRepositories);
    }
}
