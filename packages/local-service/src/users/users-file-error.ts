/** The users file is missing its lock, unreadable, unsafe or invalid. Messages name the file. */
export class UsersFileError extends Error {
  override readonly name = "UsersFileError";
}
