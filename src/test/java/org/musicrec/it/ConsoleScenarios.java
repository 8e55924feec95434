package org.musicrec.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The admin console in a real browser: refused without login (pages redirect to the login form,
 * the API answers 401), a wrong password refused, login, a small replay-history (a CSV history with
 * malformed lines) launched from its form and watched until its progress bar, which counts out of
 * the job's expected total, is full; the malformed lines in the problems table;
 * each console page shown (screenshots in target/screenshots), log-out, and refused again.
 */
final class ConsoleScenarios {

    private final Http app;
    private final String base;

    ConsoleScenarios(Http app, String base) {
        this.app = app;
        this.base = base;
    }

    void loginLaunchWatchProblemsLogout(Path work) throws Exception {
        Http.Answer page = app.anonymous().get("admin/jobs.xhtml");
        assertEquals(302, page.status(), "a console page without login is redirected");
        assertEquals(403, app.get("admin/jobs.xhtml").status(), "a service key is not the administrator's");
        assertTrue(page.raw().headers().firstValue("Location").orElse("").endsWith("/admin/login.xhtml"), page.raw().headers().toString());
        assertEquals(401, app.anonymous().get("api/admin/pipeline").status());

        int malformed = 3;
        Path history = java.nio.file.Files.createDirectories(work).resolve("console-history.csv");
        StringBuilder csv = new StringBuilder("user,track,type,at\n");
        for (int i = 0; i < 240; i++) {
            csv.append("console-u").append(i % 7).append(',').append(1 + i % 50).append(",play,2026-11-30T10:").append(String.format("%02d", i % 60))
                    .append(":00Z\n");
            if (i % 80 == 40) {
                csv.append("console-u1,5,dance,2026-11-30T10:00:00Z\n"); // refused: not an event type
            }
        }
        java.nio.file.Files.writeString(history, csv);

        try (Browser b = new Browser(base)) {
            try {
                adminFlow(b, history, malformed);
            } catch (RuntimeException | AssertionError | java.io.IOException e) {
                b.screenshot("admin-failure");
                throw e;
            }
        }
    }

    private void adminFlow(Browser b, Path history, int malformed) throws java.io.IOException {
        {
            b.open("");
            b.await(Duration.ofSeconds(30), ExpectedConditions.presenceOfElementLocated(By.id("status-mongo")));
            if (app.get("api/users/samples?n=3").status() == 404) {
                assertTrue(b.find("#samples-problem").getText().contains("no such endpoint"), "the missing serving API is said plainly");
            }
            b.screenshot("listener-page");
            b.open("admin/jobs.xhtml");
            b.await(Duration.ofSeconds(30), ExpectedConditions.urlContains("/admin/login.xhtml"));
            b.screenshot("admin-login");

            login(b, "wrong password");
            b.await(Duration.ofSeconds(30), ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
            assertTrue(b.url().contains("error=credentials"), b.url());

            login(b, ItServices.ADMIN_PASSWORD);
            b.await(Duration.ofSeconds(30), ExpectedConditions.urlContains("/admin/jobs.xhtml"));

            WebElement form = b.find("div[data-form='replay-history']");
            set(form, "file", history.toString());
            set(form, "format", "csv");
            set(form, "batchSize", "20");
            form.findElement(By.cssSelector("input[data-job='replay-history']")).click();

            b.await(Duration.ofSeconds(30), ExpectedConditions.textToBePresentInElementLocated(By.id("jobs-message"), "launched as execution"));
            b.await(Duration.ofMinutes(4), ExpectedConditions.textToBe(By.id("progress-status"), "COMPLETED"));
            List<WebElement> bars = b.all("#progress-steps progress");
            assertTrue(!bars.isEmpty(), "progress bars are drawn");
            WebElement bar = bars.get(0);
            long lines = java.nio.file.Files.readAllLines(history).size();
            assertEquals(String.valueOf(lines), bar.getAttribute("max"), "the bar counts out of the job's expected total (the file's lines)");
            assertEquals(bar.getAttribute("max"), bar.getAttribute("value"), "the bar is full at the end");
            String counts = bar.findElement(By.xpath("..")).getText();
            assertTrue(counts.contains("read 240") && counts.contains("of " + lines), counts);
            b.await(Duration.ofSeconds(30), d -> d.findElements(By.cssSelector("[id$='problems-table'] tbody tr")).size() >= malformed);
            String problems = b.find("[id$='problems-table']").getText();
            assertEquals(malformed, problems.split("dance", -1).length - 1, problems);
            b.await(Duration.ofSeconds(30), ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id$='executions-table']"), "COMPLETED"));
            b.screenshot("admin-jobs");

            // The console's session reads the admin API, but changes nothing without the console's header.
            Http session = app.anonymous().with("Cookie", "JSESSIONID=" + b.driver.manage().getCookieNamed("JSESSIONID").getValue());
            assertEquals(200, session.get("api/admin/pipeline").status());
            Http.Answer forged = session.post("api/admin/pipeline", "{\"stages\":[{\"job\":\"fit-pca\"}]}");
            assertEquals(403, forged.status(), forged.body());
            Http.Answer badPlan = session.with("X-Musicrec-Console", "1").post("api/admin/pipeline", "{\"stages\":[]}");
            assertEquals(400, badPlan.status(), "with the header the session may call it: " + badPlan.body());

            for (String p : List.of("models", "map", "activity")) {
                b.open("admin/" + p + ".xhtml");
                b.await(Duration.ofSeconds(30), ExpectedConditions.presenceOfElementLocated(By.id("page-" + p)));
                b.screenshot("admin-" + p);
            }

            b.find("[id='logout:logout-button']").click();
            b.await(Duration.ofSeconds(30), ExpectedConditions.visibilityOfElementLocated(By.id("logged-out")));
            b.open("admin/models.xhtml");
            b.await(Duration.ofSeconds(30), ExpectedConditions.urlContains("/admin/login.xhtml"));
        }
    }

    private static void login(Browser b, String password) {
        b.find("#username").clear();
        b.find("#username").sendKeys(ItServices.ADMIN_USER);
        b.find("#password").sendKeys(password);
        b.find("#login-button").click();
    }

    private static void set(WebElement form, String param, String value) {
        WebElement in = form.findElement(By.cssSelector("input[data-param='" + param + "']"));
        in.clear();
        in.sendKeys(value);
    }
}
