// smithy-typescript generated code
export * from "./CreateOAuth2TokenCommand";
