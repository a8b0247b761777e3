package io.rug.survey.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.site.testing.HeadlessChromium;
import io.rug.survey.web.testing.SurveyServer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A respondent fills in the org-index form with the keyboard only, a moderator approves it in
 * /admin, and it appears on /orgs: real server, real SQLite file, real Chromium.
 */
class OrgIndexJourneyE2E {
  @TempDir Path dataDir;
  @TempDir Path browserProfile;
  SurveyServer server;
  WebDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void start() throws Exception {
    server = SurveyServer.start(dataDir, "");
    browser = HeadlessChromium.start(browserProfile);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    server.close();
  }

  private String url(String path) {
    return server.base().resolve(path).toString();
  }

  private void pressEnterOn(By by) {
    browser.findElement(by).sendKeys(Keys.ENTER);
  }

  @Test
  void respondentSubmitsModeratorApprovesAndTheOrgIsPublished() {
    browser.get(url("/survey/org-index"));
    server.passTime(Duration.ofSeconds(20));
    pressEnterOn(By.cssSelector("form button[type=submit]"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
    assertThat(browser.findElement(By.id("error-summary")).getText())
        .contains("Organization name")
        .contains("consent");
    assertThat(browser.findElement(By.id("q.org.name.error")).getText()).contains("required");

    browser.findElement(By.id("q.org.name")).sendKeys("E2E Research Lab");
    browser.findElement(By.id("q.org.sector.0")).sendKeys(Keys.SPACE);
    browser.findElement(By.id("q.infra.k8s_version")).sendKeys("1.31 on bare metal");
    browser.findElement(By.id("consent")).sendKeys(Keys.SPACE);
    server.passTime(Duration.ofSeconds(20));
    pressEnterOn(By.cssSelector("form button[type=submit]"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("edit-link")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you");
    assertThat(browser.findElement(By.id("edit-link")).getText()).startsWith("/survey/edit/");

    browser.get(url("/orgs"));
    assertThat(browser.findElement(By.tagName("main")).getText())
        .doesNotContain("E2E Research Lab");

    browser.get(url("/admin"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password")));
    browser.findElement(By.id("user")).sendKeys(SurveyServer.ADMIN);
    browser.findElement(By.id("password")).sendKeys(SurveyServer.PASSWORD, Keys.ENTER);
    By approve = By.xpath("//button[normalize-space()='Approve E2E Research Lab']");
    wait.until(ExpectedConditions.presenceOfElementLocated(approve));
    pressEnterOn(approve);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue-empty")));
    assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("approved");

    browser.get(url("/orgs"));
    pressEnterOn(By.linkText("E2E Research Lab"));
    wait.until(ExpectedConditions.titleContains("E2E Research Lab"));
    String page = browser.findElement(By.cssSelector("article.org")).getText();
    assertThat(page)
        .contains("What version(s) of Kubernetes are you running?\n1.31 on bare metal")
        .contains("Which sector is your organization in?\nAcademia");
  }
}
