package org.sextherapy.json.engine;

/**
 * The version of the wire format's artifacts, written into this class by the build (from the
 * POM), so that the bindings' {@code version()} is right on the module path and on the class
 * path alike, without reading a jar manifest.
 */
public final class WireVersion {

  /** The Maven version of the artifacts, such as {@code 0.1.0-SNAPSHOT}. */
  public static final String VERSION = "${project.version}";

  private WireVersion() {}
}
