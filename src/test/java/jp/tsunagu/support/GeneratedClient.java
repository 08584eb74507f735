package jp.tsunagu.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * A Java client generated from an OpenAPI document as a client's developer would make it: OpenAPI
 * Generator's {@code java} generator with the {@code native} library (java.net.http and Jackson),
 * one class per tag ({@code CandidatesApi}, {@code SessionApi}...) in {@value #PACKAGE}.api and the
 * models in {@value #PACKAGE}.model. The sources are written below a folder of {@code target/},
 * compiled with the JDK's compiler against the tests' class path, together with any further sources
 * given (code that uses the client), and loaded in a class loader of their own.
 */
public final class GeneratedClient {

    public static final String PACKAGE = "jp.tsunagu.client";

    private GeneratedClient() {
    }

    /**
     * Generates the client of {@code document} into {@code folder}, compiles it with {@code usage},
     * and answers a class loader that holds both.
     */
    public static URLClassLoader build(Path document, Path folder, Path... usage) throws IOException {
        deleteRecursively(folder);
        CodegenConfigurator configurator = new CodegenConfigurator()
                .setGeneratorName("java")
                .setLibrary("native")
                .setInputSpec(document.toAbsolutePath().toString())
                .setOutputDir(folder.resolve("generated").toAbsolutePath().toString())
                .setInvokerPackage(PACKAGE)
                .setApiPackage(PACKAGE + ".api")
                .setModelPackage(PACKAGE + ".model")
                .addAdditionalProperty(CodegenConstants.HIDE_GENERATION_TIMESTAMP, true)
                .addAdditionalProperty("openApiNullable", false)
                .addAdditionalProperty("useJakartaEe", true);
        DefaultGenerator generator = new DefaultGenerator();
        generator.setGeneratorPropertyDefault(CodegenConstants.API_TESTS, "false");
        generator.setGeneratorPropertyDefault(CodegenConstants.MODEL_TESTS, "false");
        generator.setGeneratorPropertyDefault(CodegenConstants.API_DOCS, "false");
        generator.setGeneratorPropertyDefault(CodegenConstants.MODEL_DOCS, "false");
        generator.opts(configurator.toClientOptInput()).generate();

        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder.resolve("generated/src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> sources.add(f.toString()));
        }
        for (Path source : usage) {
            sources.add(source.toAbsolutePath().toString());
        }
        Path classes = Files.createDirectories(folder.resolve("classes"));
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-encoding", "UTF-8", "-nowarn",
                "-proc:none", "-classpath", testClassPath()));
        arguments.addAll(sources);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        if (compiler.run(null, messages, messages, arguments.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the generated client does not compile:\n"
                    + messages.toString(StandardCharsets.UTF_8));
        }
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratedClient.class.getClassLoader());
    }

    /** The tests' class path (Jackson, Jakarta annotations): the one the build gave the test JVM. */
    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
