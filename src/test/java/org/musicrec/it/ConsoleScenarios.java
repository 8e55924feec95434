package org.musicrec.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.musicrec.catalog.fma.FmaMetadataGenerator;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The admin console in a real browser: refused without login (pages redirect to the login form,
 * the API answers 401), a wrong password refused, login, a small catalog-import launched from its
 * form and watched until every progress bar is full, its malformed rows in the problems table,
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
        Http.Answer page = app.get("admin/jobs.xhtml");
        assertEquals(302, page.status(), "a console page without login is redirected");
        assertTrue(page.raw().headers().firstValue("Location").orElse("").endsWith("/admin/login.xhtml"), page.raw().headers().toString());
        assertEquals(401, app.get("api/admin/pipeline").status());

        int malformed = 3;
        FmaMetadataGenerator.Summary s = new FmaMetadataGenerator(
                FmaMetadataGenerator.Settings.scaled(400, 11).withMalformedTracks(malformed)).write(work.resolve("fma"));

        try (Browser b = new Browser(base)) {
            try {
                adminFlow(b, s, malformed);
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("admin-failure");
                throw e;
            }
        }
    }

    private void adminFlow(Browser b, FmaMetadataGenerator.Summary s, int malformed) {
        {
            b.open("admin/jobs.xhtml");
            b.await(Duration.ofSeconds(30), ExpectedConditions.urlContains("/admin/login.xhtml"));
            b.screenshot("admin-login");

            login(b, "wrong password");
            b.await(Duration.ofSeconds(30), ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
            assertTrue(b.url().contains("error=credentials"), b.url());

            login(b, ItServices.ADMIN_PASSWORD);
            b.await(Duration.ofSeconds(30), ExpectedConditions.urlContains("/admin/jobs.xhtml"));

            WebElement form = b.find("div[data-form='catalog-import']");
            set(form, "source", s.directory().toString());
            set(form, "batchSize", "25");
            form.findElement(By.cssSelector("input[data-job='catalog-import']")).click();

            b.await(Duration.ofSeconds(30), ExpectedConditions.textToBePresentInElementLocated(By.id("jobs-message"), "launched as execution"));
            b.await(Duration.ofMinutes(4), ExpectedConditions.textToBe(By.id("progress-status"), "COMPLETED"));
            List<WebElement> bars = b.all("#progress-steps progress");
            assertTrue(!bars.isEmpty(), "progress bars are drawn");
            boolean counted = false;
            for (WebElement bar : bars) {
                String max = bar.getAttribute("max");
                assertEquals(max, bar.getAttribute("value"), "every bar full at the end: " + bar.findElement(By.xpath("..")).getText());
                counted |= Double.parseDouble(max) > 1;
            }
            assertTrue(counted, "at least one bar counts items out of an expected total");
            b.await(Duration.ofSeconds(30), d -> d.findElements(By.cssSelector("[id$='problems-table'] tbody tr")).size() >= malformed);
            String problems = b.find("[id$='problems-table']").getText();
            assertEquals(malformed, problems.split("tracks.csv", -1).length - 1, problems);
            assertTrue(b.find("[id$='executions-table']").getText().contains("catalog-import"));
            b.screenshot("admin-jobs");

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
