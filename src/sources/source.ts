/**
 * An entry of the source registry: a page or document that a fact in the dataset cites.
 *
 * @example
 * ```ts
 * const source: Source = {
 *   id: "dawn-2013-07-25",
 *   publisher: "Dawn",
 *   title: "Afghan refugees allowed to stay until 2015",
 *   url: "http://dawn.com/news/1031845/afghan-refugees-allowed-to-stay-until-2015",
 *   published: "2013-07-25",
 *   kind: "secondary",
 * };
 * ```
 */
export interface Source {
  /** Stable identifier, lowercase letters, digits and hyphens (e.g. `"dawn-2013-07-25"`). */
  id: string;
  /** Who published the page (e.g. `"Dawn"`, `"UNHCR"`). */
  publisher: string;
  /** Where the text comes from when the publisher carries someone else's (e.g. `"AP"`). */
  via?: string;
  /** The headline or title as shown, in its own language. */
  title: string;
  /** How the title was established when the stored copy showed none (e.g. `"from the URL"`). */
  titleNote?: string;
  /** An English rendering of a title in another language. */
  titleTranslation?: string;
  /** The address of the page, as read. */
  url: string;
  /**
   * The publication date shown on the page: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or `null` when
   * the page shows no date.
   */
  published: string | null;
  /** How the publication date was established, or why there is none. */
  publishedNote?: string;
  /** `primary`: a government or UN text (or a faithful copy); `secondary`: press and others. */
  kind: "primary" | "secondary";
  /** BCP 47 language tag when the page is not in English (e.g. `"ur"` for Urdu). */
  language?: string;
  /** Anything else a reader of the source should know. */
  note?: string;
}
