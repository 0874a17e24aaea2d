package org.sextherapy.json.engine;

import org.sextherapy.json.JsonErrorKind;

/**
 * What a parser's exception stands for, without anything from the input: the kind of failure,
 * where the parser reported it and the rule broken.
 *
 * @param kind the kind of failure, never null
 * @param line the 1-based line, or -1 to use the parser's current position
 * @param column the 1-based column, or -1 to use the parser's current position
 * @param detail the rule broken, without input values, never null
 */
public record InputProblem(JsonErrorKind kind, int line, int column, String detail) {}
