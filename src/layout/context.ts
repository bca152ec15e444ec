/** What the layout pass knows of the page: the profile, its resolved styles and the text width. */
import type { Profile, Style } from "../profile/schema";

export interface LayoutContext {
  profile: Profile;
  style(id: string): Style;
  /** The text width, in twips. */
  textWidth: number;
}
