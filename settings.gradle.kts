// Gradle settings for the canonical Smithy build (Gradle >= 8.2). The plugin version comes from
// gradle.properties, the single source of toolchain versions shared with the Maven route.
pluginManagement {
    val smithyGradlePluginVersion: String by settings
    plugins {
        id("software.amazon.smithy.gradle.smithy-base").version(smithyGradlePluginVersion)
    }
    repositories {
        mavenCentral()
        gradlePluginPortal()
    }
}

rootProject.name = "open-signin"
