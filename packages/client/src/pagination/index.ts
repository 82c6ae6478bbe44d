// smithy-typescript generated code
export * from "./Interfaces";
export * from "./ListResourcePermissionStatementsPaginator";
export * from "./ListSessionsPaginator";
