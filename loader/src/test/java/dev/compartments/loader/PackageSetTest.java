package dev.compartments.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageSetTest {
  @TempDir Path dir;

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private String loadFails() {
    return assertThrows(IllegalArgumentException.class, () -> PackageSet.load(dir)).getMessage();
  }

  @Test
  void load_readsDependenciesBreadthFirstFromPackagesFolders() throws IOException {
    write("package.json", "{\"name\": \"demo\", \"lib\": \"src\", \"dependencies\": [\"a\", \"b\"]}");
    write("packages/a/package.json", "{\"name\": \"a\", \"dependencies\": [\"c\"]}");
    write("packages/a/packages/c/package.json", "{\"name\": \"c\"}");
    write("packages/b/package.json", "{\"name\": \"b\", \"dependencies\": [\"a\"]}");
    PackageSet set = PackageSet.load(dir);
    assertEquals(List.of("demo", "a", "b", "c"), set.packages().stream().map(PackageDescriptor::name).toList());
    assertEquals("demo", set.top().name());
    assertEquals(dir.toAbsolutePath().normalize(), set.dir());
    assertEquals(set.dir().resolve("packages/a/packages/c"), set.packageDir("c"));
    assertEquals(set.dir().resolve("src"), set.libDir("demo"));
    assertEquals("demo/main", set.mainModuleId());
    assertEquals(set.dir().resolve("src/sub/util.js"), set.moduleFile("demo/sub/util"));
    assertEquals(set.dir().resolve("packages/a/packages/c/lib/x.js"), set.moduleFile("c/x"));
    assertEquals("packages/a/packages/c/lib/x.js", set.relativize(set.moduleFile("c/x")));
    assertEquals("a", set.packageOf("a/deep/module").name());
    assertEquals(Optional.empty(), set.find("stray"));
    assertEquals(set, PackageSet.load(dir));
    assertEquals(set.hashCode(), PackageSet.load(dir).hashCode());
  }

  @Test
  void load_findsASharedDependencyBesideAnEnclosingPackage() throws IOException {
    write("package.json", "{\"name\": \"demo\", \"dependencies\": [\"a\", \"shared\"]}");
    write("packages/a/package.json", "{\"name\": \"a\", \"dependencies\": [\"shared\"]}");
    write("packages/shared/package.json", "{\"name\": \"shared\"}");
    PackageSet set = PackageSet.load(dir);
    assertEquals(List.of("demo", "a", "shared"), set.packages().stream().map(PackageDescriptor::name).toList());
    assertEquals(set.dir().resolve("packages/shared"), set.packageDir("shared"));
  }

  @Test
  void load_missingFolder_isRefused() {
    Path missing = dir.resolve("nope");
    assertEquals(missing + ": does not exist", assertThrows(IllegalArgumentException.class, () -> PackageSet.load(missing)).getMessage());
  }

  @Test
  void load_aFileInsteadOfAFolder_isRefused() throws IOException {
    write("file.txt", "x");
    Path file = dir.resolve("file.txt");
    assertEquals(file + ": not a folder", assertThrows(IllegalArgumentException.class, () -> PackageSet.load(file)).getMessage());
  }

  @Test
  void load_folderWithoutPackageJson_isRefused() {
    assertEquals(dir + ": not a package: it has no package.json", loadFails());
  }

  @Test
  void load_invalidPackageJson_namesTheFile() throws IOException {
    write("package.json", "{\"name\": 1}");
    assertEquals(dir.resolve("package.json") + ": \"name\" must be a string, got 1", loadFails());
  }

  @Test
  void load_invalidDependencyPackageJson_namesItsFile() throws IOException {
    write("package.json", "{\"name\": \"demo\", \"dependencies\": [\"a\"]}");
    write("packages/a/package.json", "{\"name\": \"a\", \"main\": \"../x\"}");
    assertEquals(
        dir.toAbsolutePath().normalize().resolve("packages/a/package.json")
            + ": invalid \"main\" \"../x\": expected a module path under \"lib\", such as \"main\" or \"sub/start.js\"",
        loadFails());
  }

  @Test
  void load_missingDependency_isRefused() throws IOException {
    write("package.json", "{\"name\": \"demo\", \"dependencies\": [\"a\"]}");
    assertEquals("package.json: dependency \"a\" not found: expected packages/a/package.json beside it", loadFails());
  }

  @Test
  void load_missingNestedDependency_mentionsTheEnclosingPackages() throws IOException {
    write("package.json", "{\"name\": \"demo\", \"dependencies\": [\"a\"]}");
    write("packages/a/package.json", "{\"name\": \"a\", \"dependencies\": [\"b\"]}");
    assertEquals(
        "packages/a/package.json: dependency \"b\" not found: expected packages/b/package.json beside it"
            + " or beside an enclosing package.json",
        loadFails());
  }

  @Test
  void load_dependencyFolderNamingAnotherPackage_isRefused() throws IOException {
    write("package.json", "{\"name\": \"demo\", \"dependencies\": [\"a\"]}");
    write("packages/a/package.json", "{\"name\": \"b\"}");
    assertEquals(
        "packages/a/package.json: names its package \"b\", but package.json lists this folder as dependency \"a\"",
        loadFails());
  }

  @Test
  void load_twoFoldersWithTheSamePackageName_areRefused() throws IOException {
    write("package.json", "{\"name\": \"demo\", \"dependencies\": [\"a\", \"b\"]}");
    write("packages/a/package.json", "{\"name\": \"a\", \"dependencies\": [\"c\"]}");
    write("packages/a/packages/c/package.json", "{\"name\": \"c\"}");
    write("packages/b/package.json", "{\"name\": \"b\", \"dependencies\": [\"c\"]}");
    write("packages/b/packages/c/package.json", "{\"name\": \"c\"}");
    assertEquals(
        "two packages are named \"c\": packages/a/packages/c and packages/b/packages/c;"
            + " a package name must be unique among a package and its dependencies",
        loadFails());
  }

  @Test
  void load_dependencyNamedLikeTheTopPackage_isRefused() throws IOException {
    write("package.json", "{\"name\": \"demo\", \"dependencies\": [\"a\"]}");
    write("packages/a/package.json", "{\"name\": \"a\", \"dependencies\": [\"demo\"]}");
    write("packages/a/packages/demo/package.json", "{\"name\": \"demo\"}");
    assertEquals(
        "two packages are named \"demo\": . and packages/a/packages/demo;"
            + " a package name must be unique among a package and its dependencies",
        loadFails());
  }

  @Test
  void moduleIds_ofUnknownPackagesOrMalformed_areRefused() throws IOException {
    write("package.json", "{\"name\": \"demo\"}");
    PackageSet set = PackageSet.load(dir);
    for (String id : new String[] {"other/main", "demo", "demo/", "demo/../x", "sdk/timers"}) {
      assertEquals(
          "invalid module id \"" + id + "\": expected <package>/<path> for one of the packages [demo]",
          assertThrows(IllegalArgumentException.class, () -> set.moduleFile(id)).getMessage());
    }
    assertEquals(
        "no package named \"other\" in [demo]",
        assertThrows(IllegalArgumentException.class, () -> set.packageDir("other")).getMessage());
  }

  @Test
  void sets_fromDifferentFolders_differ(@TempDir Path other) throws IOException {
    write("package.json", "{\"name\": \"demo\"}");
    Files.writeString(other.resolve("package.json"), "{\"name\": \"demo\"}");
    assertNotEquals(PackageSet.load(dir), PackageSet.load(other));
  }
}
