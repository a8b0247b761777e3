package io.rug.survey.importer;

import io.rug.survey.questionnaire.Question;
import io.rug.survey.questionnaire.Questionnaire;
import io.rug.survey.questionnaire.Section;
import io.rug.survey.store.AnswerValue;
import io.rug.survey.store.Answers;
import io.rug.survey.store.ImportedSubmission;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one organisation's answers from the org-index Markdown: {@code # Name}, {@code - **Label:**
 * value} lines, and bold question headings each followed by its answer. Headings are matched to
 * question codes by their text (or a known older wording); the file's version is the oldest
 * questionnaire version that asks every heading it contains.
 */
final class OrgMarkdownParser {
  private static final Pattern FIELD = Pattern.compile("^[-*]\\s+\\*\\*(.+?):?\\*\\*:?\\s*(.*)$");
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->");

  private final List<Questionnaire> versions;
  private final Map<String, String> codeByText = new HashMap<>();
  private final Set<String> notes = new HashSet<>();

  /**
   * @param versions all versions of the org-index questionnaire, oldest first
   */
  OrgMarkdownParser(List<Questionnaire> versions) {
    this.versions = versions;
    for (Questionnaire q : versions) {
      for (Question question : q.questions()) {
        codeByText.put(TextKey.of(question.text()), question.code());
        question.aliases().forEach(a -> codeByText.put(TextKey.of(a), question.code()));
      }
      for (Section s : q.sections()) {
        if (!s.help().isEmpty()) {
          notes.add(TextKey.of(s.help()));
        }
      }
    }
  }

  ImportedSubmission parse(String file, String slug, String markdown) {
    String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
    int first = 0;
    while (first < lines.length && lines[first].isBlank()) {
      first++;
    }
    if (first == lines.length || !lines[first].startsWith("# ")) {
      throw new ImportException(file, first + 1, "expected '# <organisation name>' first");
    }
    Questionnaire latest = versions.get(versions.size() - 1);
    Map<String, List<AnswerValue>> answers = new LinkedHashMap<>();
    answers.put(latest.titleQuestion(), List.of(AnswerValue.of(lines[first].substring(2).strip())));
    String code = null;
    StringBuilder body = new StringBuilder();
    for (int i = first + 1; i < lines.length; i++) {
      String line = lines[i];
      Matcher field = FIELD.matcher(line);
      if (code == null && field.matches()) {
        put(answers, file, i + 1, code(file, i + 1, field.group(1)), field.group(2));
      } else if (line.startsWith("**")) {
        int start = i;
        StringBuilder heading = new StringBuilder(line.strip());
        while (!(heading.length() > 2 && heading.toString().endsWith("**"))
            && i + 1 < lines.length) {
          heading.append(' ').append(lines[++i].strip());
        }
        String text = heading.toString().replaceAll("^\\*\\*|\\*\\*$", "").strip();
        if (notes.contains(TextKey.of(text.replaceAll("^\\(|\\)$", "")))) {
          continue;
        }
        flush(answers, file, code, body);
        code = code(file, start + 1, text);
        if (answers.containsKey(code)) {
          throw new ImportException(file, start + 1, "question '" + code + "' appears twice");
        }
        answers.put(code, List.of());
      } else if (line.startsWith("## ") || line.strip().equals("---")) {
        flush(answers, file, code, body);
        code = null;
      } else if (code != null) {
        body.append(line).append('\n');
      } else if (!line.isBlank()) {
        throw new ImportException(file, i + 1, "text outside any question: '" + abbrev(line) + "'");
      }
    }
    flush(answers, file, code, body);
    Questionnaire version = versionFor(file, answers.keySet());
    return new ImportedSubmission(
        version.id(),
        version.version(),
        "import:" + version.id() + ":" + slug,
        slug,
        version.importDirectory() + "/" + file.substring(file.lastIndexOf('/') + 1),
        new Answers(answers));
  }

  private Questionnaire versionFor(String file, Set<String> codes) {
    for (Questionnaire q : versions) {
      if (codes.stream().allMatch(q::asks)) {
        return q;
      }
    }
    throw new ImportException(
        file, 1, "its questions match no single version of " + versions.get(0).id());
  }

  private String code(String file, int line, String text) {
    String code = codeByText.get(TextKey.of(text));
    if (code == null) {
      throw new ImportException(
          file,
          line,
          "unknown question '"
              + abbrev(text)
              + "' (not in any version of "
              + versions.get(0).id()
              + ")");
    }
    return code;
  }

  private static void put(
      Map<String, List<AnswerValue>> answers, String file, int line, String code, String value) {
    if (answers.containsKey(code)) {
      throw new ImportException(file, line, "question '" + code + "' appears twice");
    }
    String v = COMMENT.matcher(value).replaceAll("").strip();
    answers.put(code, v.isEmpty() ? List.of() : List.of(AnswerValue.of(v)));
  }

  private static void flush(
      Map<String, List<AnswerValue>> answers, String file, String code, StringBuilder body) {
    if (code != null) {
      String v = COMMENT.matcher(body.toString()).replaceAll("").strip();
      answers.put(code, v.isEmpty() ? List.of() : List.of(AnswerValue.of(v)));
    }
    body.setLength(0);
  }

  private static String abbrev(String s) {
    String t = s.strip();
    return t.length() > 60 ? t.substring(0, 57) + "..." : t;
  }

  static String slugOf(String fileName) {
    return fileName.replaceAll("\\.md$", "").toLowerCase(Locale.ROOT);
  }
}
