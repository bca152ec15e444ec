/** A fault of a profile that its schema cannot see, at a path inside the profile. */
export interface ProfileProblem {
  path: (string | number)[];
  message: string;
}
