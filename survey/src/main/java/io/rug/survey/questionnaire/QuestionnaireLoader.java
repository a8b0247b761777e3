package io.rug.survey.questionnaire;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads one questionnaire version from YAML and checks it: unique codes, known types, options only
 * where they belong, the title/sector questions exist. Errors name {@code file:line:col}.
 */
public final class QuestionnaireLoader {
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");
  private static final Pattern OPTION_CODE = Pattern.compile("[a-z0-9][a-z0-9_-]*");
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /** Parses {@code yaml}; {@code file} names the source in error messages. */
  public Questionnaire load(String file, String yaml) {
    Node root;
    try (Reader r = new StringReader(yaml)) {
      root =
          new Compose(LoadSettings.builder().setLabel(file).build())
              .composeReader(r)
              .orElseThrow(() -> new QuestionnaireException(file + ":1:1", "empty file"));
    } catch (MarkedYamlEngineException e) {
      String at =
          e.getProblemMark()
              .map(m -> file + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1))
              .orElse(file);
      throw new QuestionnaireException(at, "invalid YAML: " + e.getProblem());
    } catch (YamlEngineException e) {
      throw new QuestionnaireException(file, "invalid YAML: " + e.getMessage());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    YamlMap top = new YamlMap(file, root);
    top.onlyKeys(
        Set.of(
            "id",
            "version",
            "title",
            "intro",
            "titleQuestion",
            "sectorQuestion",
            "importFormat",
            "importDirectory",
            "sections"));
    String id = top.string("id");
    if (!ID.matcher(id).matches()) {
      throw top.error(top.valueNode("id"), "id must be lower-case letters, digits and '-'");
    }
    int version = top.integer("version");
    if (version < 1) {
      throw top.error(top.valueNode("version"), "version must be 1 or more");
    }
    Set<String> seen = new HashSet<>();
    List<Section> sections = new ArrayList<>();
    for (YamlMap s : top.maps("sections")) {
      sections.add(section(s, seen));
    }
    if (sections.isEmpty()) {
      throw top.error(top.node(), "a questionnaire needs at least one section");
    }
    Questionnaire q =
        new Questionnaire(
            id,
            version,
            top.string("title"),
            top.string("intro", ""),
            top.string("titleQuestion", ""),
            top.string("sectorQuestion", ""),
            top.string("importFormat", ""),
            top.string("importDirectory", ""),
            sections);
    for (String key : List.of("titleQuestion", "sectorQuestion")) {
      String code = top.string(key, "");
      if (!code.isEmpty() && !q.asks(code)) {
        throw top.error(top.valueNode(key), key + " '" + code + "' is not a question here");
      }
    }
    if (!q.sectorQuestion().isEmpty()
        && q.question(q.sectorQuestion()).orElseThrow().type() != QuestionType.SINGLE) {
      throw top.error(top.valueNode("sectorQuestion"), "sectorQuestion must be a single choice");
    }
    return q;
  }

  private Section section(YamlMap s, Set<String> seen) {
    s.onlyKeys(Set.of("id", "title", "help", "questions"));
    String id = s.string("id");
    List<Question> questions = new ArrayList<>();
    for (YamlMap q : s.maps("questions")) {
      questions.add(question(q, id, seen));
    }
    if (questions.isEmpty()) {
      throw s.error(s.node(), "section '" + id + "' has no questions");
    }
    return new Section(id, s.string("title"), s.string("help", ""), questions);
  }

  private Question question(YamlMap q, String section, Set<String> seen) {
    q.onlyKeys(
        Set.of(
            "code",
            "text",
            "type",
            "required",
            "help",
            "options",
            "repeatable",
            "aliases",
            "results"));
    String code = q.string("code");
    if (!CODE.matcher(code).matches()) {
      throw q.error(q.valueNode("code"), "code must look like 'section.name' (a-z, 0-9, _)");
    }
    if (!seen.add(code)) {
      throw q.error(q.valueNode("code"), "duplicate question code '" + code + "'");
    }
    String typeName = q.string("type");
    QuestionType type =
        QuestionType.byYamlName(typeName)
            .orElseThrow(
                () ->
                    q.error(
                        q.valueNode("type"),
                        "unknown type '"
                            + typeName
                            + "' (single, multiple, text, number, yesno, url, qa)"));
    List<Option> options = new ArrayList<>();
    Set<String> optionCodes = new HashSet<>();
    for (YamlMap o : q.maps("options")) {
      o.onlyKeys(Set.of("code", "label"));
      String oc = o.string("code");
      if (!OPTION_CODE.matcher(oc).matches() || !optionCodes.add(oc)) {
        throw o.error(o.valueNode("code"), "option code '" + oc + "' is invalid or repeated");
      }
      options.add(new Option(oc, o.string("label")));
    }
    if (type.hasOptions() && options.size() < 2) {
      throw q.error(q.node(), "a " + typeName + " question needs at least two options");
    }
    if (!type.hasOptions() && !options.isEmpty()) {
      throw q.error(q.valueNode("options"), "only single/multiple questions have options");
    }
    boolean repeatable = q.bool("repeatable", false);
    if (repeatable && type != QuestionType.TEXT && type != QuestionType.QA) {
      throw q.error(q.valueNode("repeatable"), "only text and qa questions can be repeatable");
    }
    return new Question(
        code,
        section,
        q.string("text"),
        type,
        q.bool("required", false),
        q.string("help", ""),
        options,
        repeatable,
        q.strings("aliases"),
        q.bool("results", true));
  }
}
