package io.rug.site.book.render;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a chapter's relative links become site links: {@code other.md#x} goes to the other chapter's
 * page, files next to the chapters (images) keep their place under {@code book/}, and files
 * elsewhere in the repository link to the repository browser.
 *
 * @param slugByFile absolute, normalized chapter paths to slugs
 * @param blobUrl repository browser prefix for repo-relative paths, or "" for none
 * @param fileLinks link to {@code …/index.html} (for file://) rather than to the directory
 */
public record LinkContext(
    Map<Path, String> slugByFile,
    Path chaptersDir,
    Path repoRoot,
    String blobUrl,
    boolean fileLinks) {
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

  /**
   * The href for {@code url} written in a chapter in {@code chapterDir}; chapter pages are 2 deep.
   */
  public String rewrite(String url, Path chapterDir) {
    if (url.isEmpty() || url.startsWith("#") || url.startsWith("/") || hasScheme(url)) {
      return url;
    }
    int hash = url.indexOf('#');
    String path = hash < 0 ? url : url.substring(0, hash);
    String fragment = hash < 0 ? "" : url.substring(hash);
    Path target;
    try {
      target = chapterDir.resolve(URI.create("x:" + path).getSchemeSpecificPart()).normalize();
    } catch (IllegalArgumentException e) {
      return url;
    }
    String slug = slugByFile.get(target);
    if (slug != null) {
      return "../" + slug + "/" + (fileLinks ? "index.html" : "") + fragment;
    }
    if (target.startsWith(chaptersDir)) {
      return "../" + chaptersDir.relativize(target).toString().replace('\\', '/') + fragment;
    }
    if (!blobUrl.isEmpty() && target.startsWith(repoRoot)) {
      return blobUrl + repoRoot.relativize(target).toString().replace('\\', '/') + fragment;
    }
    return url;
  }

  /** The chapter an in-book link points to, or null. */
  public String slugFor(String url, Path chapterDir) {
    if (url.isEmpty() || url.startsWith("#") || url.startsWith("/") || hasScheme(url)) {
      return null;
    }
    int hash = url.indexOf('#');
    String path = hash < 0 ? url : url.substring(0, hash);
    try {
      return slugByFile.get(
          chapterDir.resolve(URI.create("x:" + path).getSchemeSpecificPart()).normalize());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static boolean hasScheme(String url) {
    return SCHEME.matcher(url).matches();
  }
}
