package jp.tsunagu.access;

import static jp.tsunagu.support.SampleAccounts.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import jp.tsunagu.support.Api;
import jp.tsunagu.support.Browser;
import jp.tsunagu.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.Cookie;

/**
 * The sign-in page in a real browser: a wrong password is told in Japanese, the right one opens the
 * role's home screen with the account's name, signing out comes back to the sign-in page, and the
 * page fits a phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInScreenIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    /**
     * Before anyone signs in, the page asks whether a session exists without a failed request, and
     * has an icon of its own: the browser's console stays free of errors.
     */
    @Test
    void theSignInPageLogsNoErrorAndHasItsIcon() {
        try (Browser browser = Browser.open(base, 1280, 900)) {
            browser.go("index.html");
            browser.waitFor(By.id("username"));
            String icon = browser.driver().findElement(By.cssSelector("link[rel=icon]")).getDomProperty("href");
            Object status = browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('Content-Type')), e => done(String(e)));",
                    icon);
            assertThat(String.valueOf(status)).startsWith("200 image/svg+xml");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                    .until(d -> d.findElement(By.id("username")).isDisplayed());
            assertThat(browser.consoleErrors()).as("console errors of the sign-in page").isEmpty();
        }
        var nobody = new jp.tsunagu.support.Api(base).anonymous().get("/session/status");
        assertThat(nobody.status()).as("no session is no error").isEqualTo(204);
        var someone = new jp.tsunagu.support.Api(base).as(COORDINATOR).get("/session/status");
        assertThat(someone.status()).as("HTTP Basic carries no session").isEqualTo(204);
    }

    @Test
    void signInAndOutOnADesktop() {
        try (Browser browser = Browser.open(base, 1280, 900)) {
            browser.go("index.html");
            browser.waitFor(By.id("username")).sendKeys(COORDINATOR);
            browser.driver().findElement(By.id("password")).sendKeys("not-the-password");
            browser.driver().findElement(By.id("sign-in")).click();
            browser.waitForText(By.cssSelector(".message-error"), "ユーザー名またはパスワードが違います。");
            assertThat(browser.driver().getCurrentUrl()).contains("index.html");
            assertThat(browser.driver().manage().getCookieNamed("tsunagu_session")).isNull();

            browser.signIn(COORDINATOR, Api.DEMO_PASSWORD, "coordinator.html");
            assertThat(browser.waitFor(By.cssSelector("[data-test=account-name]")).getText())
                    .as("the header names the person's role in words, never the username")
                    .isEqualTo("長野県 マッチング支援担当").doesNotContain(COORDINATOR);
            Cookie session = browser.driver().manage().getCookieNamed("tsunagu_session");
            assertThat(session).isNotNull();
            assertThat(session.isHttpOnly()).isTrue();
            assertThat(session.getSameSite()).isEqualTo("Strict");
            // Not readable by the page's scripts.
            assertThat((String) browser.driver().executeScript("return document.cookie")).doesNotContain("tsunagu_session");

            browser.driver().findElement(By.id("sign-out")).click();
            browser.waitForUrl("index.html");
            browser.waitFor(By.id("sign-in-form"));
            // The signed-out session does not come back: the home screen sends the browser to sign in again.
            browser.go("coordinator.html");
            browser.waitForUrl("index.html?next=");
            browser.waitFor(By.id("username"));
        }
    }

    @Test
    void signingInAndOutNeedsOnlyTheKeyboard() {
        try (Browser browser = Browser.open(base, 1280, 900)) {
            browser.go("index.html");
            browser.waitFor(By.id("username"));
            assertThat(browser.unlabelledControls()).isEmpty();
            Actions keys = new Actions(browser.driver());
            keys.sendKeys(Keys.TAB).sendKeys(COORDINATOR).sendKeys(Keys.TAB).sendKeys(Api.DEMO_PASSWORD)
                    .sendKeys(Keys.ENTER).perform();
            browser.waitForUrl("coordinator.html");
            browser.waitFor(By.cssSelector("[data-test=account-name]"));
            assertThat(browser.unlabelledControls()).isEmpty();
            // The sign-out button is reached with Tab and pressed with Enter, like every control.
            WebElement signOut = browser.driver().findElement(By.id("sign-out"));
            for (int i = 0; i < 60 && !signOut.equals(browser.driver().switchTo().activeElement()); i++) {
                new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            }
            assertThat(browser.driver().switchTo().activeElement()).isEqualTo(signOut);
            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
            browser.waitForUrl("index.html");
            browser.waitFor(By.id("sign-in-form"));
        }
    }

    @Test
    void theSignInPageFitsAPhone() {
        try (Browser browser = Browser.open(base, 375, 740)) {
            browser.go("index.html");
            browser.waitFor(By.id("username")).sendKeys(COORDINATOR);
            assertThat(browser.documentScrollWidth()).isLessThanOrEqualTo(375);
            browser.driver().findElement(By.id("password")).sendKeys("not-the-password");
            browser.driver().findElement(By.id("sign-in")).click();
            // The refusal, however long, wraps within the screen.
            browser.waitForText(By.cssSelector(".message-error"), "ユーザー名またはパスワードが違います。");
            assertThat(browser.documentScrollWidth()).isLessThanOrEqualTo(375);
            browser.screenshot("sign-in");
        }
    }
}
