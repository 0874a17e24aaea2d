import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks the Maven Central upload bundle that the {@code central-bundle} profile builds.
 *
 * <p>The list of published projects is derived from the reactor itself (the root POM's modules,
 * recursively, less the central-publishing plugin's {@code excludeArtifacts}), so a new module is
 * checked without editing this file. For every published project the bundle must hold its POM,
 * and for a jar project its jar, sources jar and javadoc jar, each with a correct MD5 and SHA-1
 * checksum (what Central requires); it must hold no test jar, no excluded project and nothing
 * else. The POMs must carry the metadata Central requires (name, description; url, licences,
 * developers and scm, inherited from the root).
 *
 * <p>Usage: {@code java .ci/CheckBundle.java <central-bundle.zip> <project root>}. Runs on
 * Java 17 or later as a single-file program; exits 1 and lists every problem when the bundle is
 * wrong.
 */
public final class CheckBundle {

  private record Project(String groupId, String artifactId, String version, String packaging) {
    String folder() {
      return groupId.replace('.', '/') + "/" + artifactId + "/" + version + "/";
    }

    String base() {
      return artifactId + "-" + version;
    }
  }

  private CheckBundle() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: java CheckBundle.java <central-bundle.zip> <project root>");
      System.exit(2);
    }
    Path bundle = Path.of(args[0]);
    Path root = Path.of(args[1]);
    List<String> problems = new ArrayList<>();

    Map<Path, Project> projects = new LinkedHashMap<>();
    collect(root, projects);
    Set<String> excluded = excludedArtifacts(parse(root.resolve("pom.xml")));
    List<Project> published = new ArrayList<>();
    for (Project p : projects.values()) {
      if (!excluded.contains(p.artifactId())) {
        published.add(p);
      }
    }
    if (published.isEmpty()) {
      problems.add("no published project found under " + root);
    }

    try (ZipFile zip = new ZipFile(bundle.toFile())) {
      Set<String> entries = new TreeSet<>();
      zip.stream().filter(e -> !e.isDirectory()).forEach(e -> entries.add(e.getName()));
      Set<String> expected = new TreeSet<>();
      for (Project p : published) {
        List<String> files = new ArrayList<>();
        files.add(p.base() + ".pom");
        if (p.packaging().equals("jar")) {
          files.add(p.base() + ".jar");
          files.add(p.base() + "-sources.jar");
          files.add(p.base() + "-javadoc.jar");
        }
        for (String file : files) {
          String name = p.folder() + file;
          expected.add(name);
          if (!entries.contains(name)) {
            problems.add("missing " + name);
            continue;
          }
          for (String algorithm : List.of("MD5", "SHA-1")) {
            String sum = name + (algorithm.equals("MD5") ? ".md5" : ".sha1");
            if (!entries.contains(sum)) {
              problems.add("missing checksum " + sum);
            } else if (!digest(zip, name, algorithm).equalsIgnoreCase(text(zip, sum).trim())) {
              problems.add("wrong checksum " + sum);
            }
          }
        }
        if (entries.contains(p.folder() + p.base() + ".pom")) {
          checkPomMetadata(zip, p, problems);
        }
      }
      for (String entry : entries) {
        String file = entry.substring(entry.lastIndexOf('/') + 1);
        if (file.contains("-tests.") || file.contains("-test-sources.")) {
          problems.add("test artifact in the bundle: " + entry);
        }
        for (String artifactId : excluded) {
          if (entry.contains("/" + artifactId + "/")) {
            problems.add("excluded project in the bundle: " + entry);
          }
        }
        String artifact = stripChecksumOrSignature(entry);
        if (!expected.contains(artifact)) {
          problems.add("unexpected file in the bundle: " + entry);
        }
      }
      if (problems.isEmpty()) {
        System.out.printf("bundle check: %d published projects, %d files in %s: OK%n",
            published.size(), entries.size(), bundle.getFileName());
        for (Project p : published) {
          System.out.println("  " + p.groupId() + ":" + p.artifactId() + ":" + p.version()
              + " (" + p.packaging() + ")");
        }
        System.out.println("  not published: " + excluded);
      }
    }
    if (!problems.isEmpty()) {
      System.err.println("bundle check FAILED (" + bundle + "):");
      problems.forEach(p -> System.err.println("  - " + p));
      System.exit(1);
    }
  }

  /** Central validates the deployed POMs; the root's url, licences, developers and scm are inherited. */
  private static void checkPomMetadata(ZipFile zip, Project p, List<String> problems)
      throws Exception {
    Element pom = parse(zip, p.folder() + p.base() + ".pom");
    List<String> required = new ArrayList<>(List.of("name", "description"));
    if (child(pom, "parent") == null) {
      required.addAll(List.of("url", "licenses", "developers", "scm"));
    }
    for (String element : required) {
      Element e = child(pom, element);
      if (e == null || e.getTextContent().isBlank()) {
        problems.add(p.artifactId() + " POM has no <" + element + ">");
      }
    }
  }

  private static String stripChecksumOrSignature(String entry) {
    for (String suffix : List.of(".md5", ".sha1", ".sha256", ".sha512", ".asc")) {
      if (entry.endsWith(suffix)) {
        return stripChecksumOrSignature(entry.substring(0, entry.length() - suffix.length()));
      }
    }
    return entry;
  }

  private static void collect(Path dir, Map<Path, Project> out) throws Exception {
    Element pom = parse(dir.resolve("pom.xml"));
    Element parentElement = child(pom, "parent");
    String groupId = text(pom, "groupId");
    String version = text(pom, "version");
    if (groupId == null && parentElement != null) {
      groupId = text(parentElement, "groupId");
    }
    if (version == null && parentElement != null) {
      version = text(parentElement, "version");
    }
    String packaging = text(pom, "packaging");
    Project project = new Project(groupId, text(pom, "artifactId"), version,
        packaging == null ? "jar" : packaging);
    out.put(dir.toRealPath(), project);
    Element modules = child(pom, "modules");
    if (modules != null) {
      for (Node n = modules.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element module && module.getTagName().equals("module")) {
          collect(dir.resolve(module.getTextContent().trim()), out);
        }
      }
    }
  }

  private static Set<String> excludedArtifacts(Element pom) {
    Set<String> excluded = new TreeSet<>();
    var plugins = pom.getElementsByTagName("plugin");
    for (int i = 0; i < plugins.getLength(); i++) {
      Element plugin = (Element) plugins.item(i);
      if ("central-publishing-maven-plugin".equals(text(plugin, "artifactId"))) {
        var names = plugin.getElementsByTagName("excludeArtifact");
        for (int j = 0; j < names.getLength(); j++) {
          excluded.add(names.item(j).getTextContent().trim());
        }
      }
    }
    return excluded;
  }

  private static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? null : e.getTextContent().trim();
  }

  private static Element parse(Path pom) throws Exception {
    try (InputStream in = Files.newInputStream(pom)) {
      return parse(in);
    }
  }

  private static Element parse(ZipFile zip, String entry) throws Exception {
    try (InputStream in = zip.getInputStream(zip.getEntry(entry))) {
      return parse(in);
    }
  }

  private static Element parse(InputStream in) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder().parse(in);
    return document.getDocumentElement();
  }

  private static String text(ZipFile zip, String entry) throws IOException {
    try (InputStream in = zip.getInputStream(zip.getEntry(entry))) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
    }
  }

  private static String digest(ZipFile zip, String entry, String algorithm)
      throws IOException, NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance(algorithm);
    ZipEntry e = zip.getEntry(entry);
    try (InputStream in = zip.getInputStream(e)) {
      digest.update(in.readAllBytes());
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
