// The canonical Gradle build of the Sign-In model, for teams with Gradle >= 8.2.
//
// It runs the same smithy-build.json as the Maven route (`npm run generate`), with the generators
// and trait packages below; every version comes from gradle.properties. After `gradle smithyBuild`,
// copy the output into packages/ with:
//
//     npm run generate -- --projections build/smithyprojections/open-signin
//
// test/toolchain/versions.test.ts keeps this file, settings.gradle.kts and codegen/pom.xml in step.
plugins {
    `java-library`
    id("software.amazon.smithy.gradle.smithy-base")
}

val smithyVersion: String by project
val smithyTypeScriptVersion: String by project

repositories {
    mavenCentral()
}

dependencies {
    // The CLI that runs the build.
    smithyCli("software.amazon.smithy:smithy-cli:$smithyVersion")

    // Build plugins named in smithy-build.json: the TypeScript client and server generators (the
    // AWS jar adds restJson1 and the server protocol generator) and the OpenAPI converter.
    smithyBuild("software.amazon.smithy.typescript:smithy-typescript-codegen:$smithyTypeScriptVersion")
    smithyBuild("software.amazon.smithy.typescript:smithy-aws-typescript-codegen:$smithyTypeScriptVersion")
    smithyBuild("software.amazon.smithy:smithy-openapi:$smithyVersion")

    // Trait definitions the model uses.
    implementation("software.amazon.smithy:smithy-aws-traits:$smithyVersion")
    implementation("software.amazon.smithy:smithy-aws-endpoints:$smithyVersion")
    implementation("software.amazon.smithy:smithy-protocol-test-traits:$smithyVersion")
}

smithy {
    smithyBuildConfigs.set(files("smithy-build.json"))
}

tasks.named("build") {
    dependsOn("smithyBuild")
}

// The model is the product here, not a jar of it.
tasks.named<Jar>("jar") {
    enabled = false
}
