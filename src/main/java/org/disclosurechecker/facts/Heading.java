package org.disclosurechecker.facts;

/**
 * A numbered (or recognised) heading. Level 1 = top-level parts of the report; level 2 = （一）/（1）
 * headings inside a part; level 3 = 1./1、 items.
 *
 * @param index       position among all headings, from 0
 * @param level       1, 2 or 3
 * @param style       how it is numbered
 * @param number      its number (一 = 1), 0 when unnumbered
 * @param numbering   the numbering as written ("一、", "（2）", "3、")
 * @param title       the text after the numbering, up to the first full stop
 * @param line        where it is
 * @param parentIndex index of the level-1 heading it belongs to (-1 for level 1 and before the first)
 * @param siblingIndex position among headings of the same level and parent, from 0
 */
public record Heading(int index, int level, NumberStyle style, int number, String numbering, String title, int line,
                      int parentIndex, int siblingIndex) {
}
