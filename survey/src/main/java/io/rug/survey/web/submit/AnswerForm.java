package io.rug.survey.web.submit;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Server-side validation of a posted survey form: required answers, choices that exist, numbers,
 * URLs and the per-answer size limit. Produces the answers by question code (absent = left blank)
 * and a message per invalid field.
 */
public final class AnswerForm {
  private final int maxFieldChars;

  public AnswerForm(int maxFieldChars) {
    this.maxFieldChars = maxFieldChars;
  }

  /** Answers by question code, and error messages by field id (empty when valid). */
  public record Parsed(Map<String, List<String>> answers, Map<String, String> errors) {
    public boolean valid() {
      return errors.isEmpty();
    }
  }

  public Parsed parse(List<FormQuestion> questions, Map<String, List<String>> params) {
    Map<String, List<String>> answers = new LinkedHashMap<>();
    Map<String, String> errors = new LinkedHashMap<>();
    for (FormQuestion q : questions) {
      List<String> values = given(params.getOrDefault(q.fieldId(), List.of()));
      String error = check(q, values);
      if (error != null) {
        errors.put(q.fieldId(), error);
      }
      if (!values.isEmpty()) {
        answers.put(q.code(), values);
      }
    }
    return new Parsed(answers, errors);
  }

  /** The non-blank values, stripped, with browsers' CRLF line ends as LF. */
  private static List<String> given(List<String> posted) {
    List<String> values = new ArrayList<>(posted.size());
    for (String v : posted) {
      String value = (v.indexOf('\r') < 0 ? v : v.replace("\r\n", "\n")).strip();
      if (!value.isEmpty()) {
        values.add(value);
      }
    }
    return List.copyOf(values);
  }

  private String check(FormQuestion q, List<String> values) {
    String name = shortName(q.text());
    if (values.isEmpty()) {
      return q.required() ? "Answer “" + name + "”; it is required." : null;
    }
    for (String v : values) {
      if (v.length() > maxFieldChars) {
        return "“"
            + name
            + "” is too long ("
            + v.length()
            + " characters; at most "
            + maxFieldChars
            + ").";
      }
    }
    switch (q.kind()) {
      case "single", "yesno", "multiple" -> {
        Set<String> codes =
            q.choices().stream().map(FormQuestion.Choice::code).collect(Collectors.toSet());
        if (!q.kind().equals("multiple") && values.size() > 1) {
          return "Choose only one answer for “" + name + "”.";
        }
        if (!codes.containsAll(values)) {
          return "Choose one of the listed answers for “" + name + "”.";
        }
        return null;
      }
      case "number" -> {
        return values.get(0).matches("-?\\d+([.,]\\d+)?") && values.size() == 1
            ? null
            : "Enter a number for “" + name + "”, for example 250.";
      }
      case "url" -> {
        return values.size() == 1 && isWebUrl(values.get(0))
            ? null
            : "Enter a web address starting with https:// for “" + name + "”.";
      }
      default -> {
        return values.size() == 1 ? null : "Give one answer for “" + name + "”.";
      }
    }
  }

  private static boolean isWebUrl(String v) {
    try {
      URI uri = new URI(v);
      return (("https".equalsIgnoreCase(uri.getScheme())
              || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null);
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** The question without its trailing example or explanation, for messages. */
  static String shortName(String text) {
    String t = text.strip();
    int paren = t.indexOf(" (");
    if (paren > 10) {
      t = t.substring(0, paren);
    }
    return t.length() <= 80 ? t : t.substring(0, 79) + "…";
  }

  /** Copies the posted values for re-rendering a form with errors. */
  public static List<String> posted(Map<String, List<String>> params, String fieldId) {
    return new ArrayList<>(params.getOrDefault(fieldId, List.of()));
  }
}
