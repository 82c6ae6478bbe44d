// Gradle settings for the canonical Smithy build (Gradle >= 8.2). The plugin version comes from
// gradle.properties, the single source of toolchain versions shared with the Maven route.
pluginManagement {
    val smithyGradlePluginVersion: String by settings
    plugins {
        id("software.amazon.smithy.gradle.smithy-base").version(smithyGradlePluginVersion)
    }
    // Maven Central alone: it serves the plugin marker for the pinned version
    // (test/toolchain/versions.test.ts checks that with Maven).
    repositories {
        mavenCentral()
    }
}

rootProject.name = "open-signin"
