// smithy-typescript generated code
export * from "./operations";
export * from "./SigninService";
