package org.sextherapy.jackson;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The project's home page as the build wrote it into this jar: the root POM's one
 * {@code sextherapy.url} property, which is also the POMs' URL, so the schemas' {@code $id}s
 * cannot drift from the published metadata.
 */
final class ProjectHome {

  private static final String URL = load();

  private ProjectHome() {}

  /**
   * Returns the project's home page, without a trailing slash.
   *
   * @return the URL, never null
   */
  static String url() {
    return URL;
  }

  private static String load() {
    Properties properties = new Properties();
    try (InputStream in = ProjectHome.class.getResourceAsStream("project.properties")) {
      if (in == null) {
        throw new IllegalStateException(
            "org/sextherapy/jackson/project.properties is missing from the jar");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new IllegalStateException("org/sextherapy/jackson/project.properties is unreadable", e);
    }
    String url = properties.getProperty("url", "");
    if (!url.startsWith("https://") || url.endsWith("/")) {
      // an unfiltered ${...} or a trailing slash would make every $id wrong
      throw new IllegalStateException("project.properties holds no https URL without a final /");
    }
    return url;
  }
}
