package org.disclosurechecker.facts.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosurechecker.facts.AccountabilityAspect;
import org.disclosurechecker.facts.AccountabilityAspect.Stated;
import org.disclosurechecker.facts.template.Accountability;
import org.disclosurechecker.model.Paragraph;

/**
 * Finds, per item of 工作考核、社会评议、责任追究, the first paragraph that states it (a certain wording
 * anywhere in the report beats a loose one). Spaces are taken out first, so that a wording broken by a
 * PDF's spacing or a wrapped line still reads.
 */
final class AccountabilityExtractor {

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private final Accountability wordings;

    AccountabilityExtractor(Accountability wordings) {
        this.wordings = wordings;
    }

    List<AccountabilityAspect> extract(List<Paragraph> paragraphs) {
        List<AccountabilityAspect> out = new ArrayList<>();
        // each paragraph without spaces once, not once per aspect and wording
        List<String> texts = paragraphs.stream().map(p -> LabelText.withoutSpaces(p.text())).toList();
        for (int i = 0; i < wordings.aspects().size(); i++) {
            Accountability.Aspect a = wordings.aspects().get(i);
            AccountabilityAspect found = find(i, a, a.certain(), Stated.CERTAIN, paragraphs, texts);
            if (found == null) {
                found = find(i, a, a.loose(), Stated.LOOSE, paragraphs, texts);
            }
            out.add(found != null ? found : new AccountabilityAspect(i, a.key(), a.label(), Stated.NONE, null, 0));
        }
        return out;
    }

    private static AccountabilityAspect find(int index, Accountability.Aspect a, List<String> regexes, Stated stated,
                                             List<Paragraph> paragraphs, List<String> texts) {
        for (int k = 0; k < paragraphs.size(); k++) {
            Paragraph p = paragraphs.get(k);
            String text = texts.get(k);
            for (String r : regexes) {
                Matcher m = PATTERNS.computeIfAbsent(r, Pattern::compile).matcher(text);
                if (m.find()) {
                    return new AccountabilityAspect(index, a.key(), a.label(), stated, m.group(), p.location().line());
                }
            }
        }
        return null;
    }
}
