package hark.article;

/** What a block of an article is; the player announces and pauses by kind. */
public enum BlockKind { HEADING, STANDFIRST, PARAGRAPH, LIST_ITEM, QUOTE, TABLE, CAPTION }
