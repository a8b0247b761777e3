package io.rug.tools.site;

import io.rug.site.web.book.PageMode;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything {@link Sections} needs to assemble the site, from {@code rug serve} or {@code rug
 * build}.
 *
 * @param bookDir the book folder (book.yaml + chapters/)
 * @param mode how pages link (server or files) and whether they live-reload
 * @param cacheDir on-disk render cache, or empty for none
 * @param threads render threads
 * @param dbUrl survey database JDBC URL, or empty for the embedded SQLite under dataDir
 * @param dataDir folder for the embedded database and uploads
 */
public record SiteOptions(
    Path bookDir,
    PageMode mode,
    Optional<Path> cacheDir,
    int threads,
    Optional<String> dbUrl,
    Path dataDir) {}
