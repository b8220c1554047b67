package dev.compartments.loader;

/**
 * The loader refuses to run a package whose manifest has problems; {@link #getMessage()} is the
 * manifest report (the problems and their fix), as {@code compartments manifest} prints it.
 */
public final class ManifestProblemsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Manifest manifest;

  ManifestProblemsException(ManifestReport report) {
    super(report.text());
    this.manifest = report.manifest();
  }

  /** The manifest with its problems. */
  public Manifest manifest() {
    return manifest;
  }
}
