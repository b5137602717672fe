package org.disclosurechecker.facts;

import java.util.List;

/**
 * The intro's announcement of the report's parts ("由…等七部分组成", "全文包括…").
 *
 * @param declaredCount the number announced, 0 when only names are listed
 * @param names         the part names listed
 * @param bodyCount     top-level parts in the body (plus the attached table when the intro lists one)
 * @param notInBody     listed names that no top-level heading resembles
 * @param notDeclared   top-level headings that no listed name resembles
 * @param line          line of the announcement
 */
public record DeclaredParts(int declaredCount, List<String> names, int bodyCount, List<String> notInBody,
                            List<String> notDeclared, int line) {
}
