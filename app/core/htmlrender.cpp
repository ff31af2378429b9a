#include "htmlrender.h"

#include "documenttext.h"
#include "parameterformat.h"

namespace klausul {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString inlinesHtml(const Inlines &inlines, const Clause *clause, Language language)
{
    QString html;
    for (const Inline &item : inlines) {
        switch (item.kind) {
        case Inline::Kind::Text:
            html += esc(item.text);
            break;
        case Inline::Kind::Term:
            html += esc(item.text);
            break;
        case Inline::Kind::Emphasis:
            html += QStringLiteral("<i>") + inlinesHtml(item.children, clause, language) +
                QStringLiteral("</i>");
            break;
        case Inline::Kind::Strong:
            html += QStringLiteral("<b>") + inlinesHtml(item.children, clause, language) +
                QStringLiteral("</b>");
            break;
        case Inline::Kind::Param: {
            QString label = item.text;
            QString value;
            if (const Parameter *p = clause ? clause->parameter(item.text) : nullptr) {
                label = p->label.get(language);
                if (p->defaultValue && ParameterFormat::validate(*p, *p->defaultValue).isEmpty())
                    value = ParameterFormat::format(*p, *p->defaultValue, language);
            }
            html += QStringLiteral("<span style=\"background:#e8eefa;color:#1f3864\">[") +
                esc(value.isEmpty() ? label : label + QStringLiteral(": ") + value) +
                QStringLiteral("]</span>");
            break;
        }
        case Inline::Kind::Xref:
            html += QStringLiteral("<span style=\"color:#1f3864\">") + esc(item.text) +
                QStringLiteral("</span>");
            break;
        case Inline::Kind::Inserted:
            html += QStringLiteral("<span style=\"color:#1a7f37;text-decoration:underline\">") +
                inlinesHtml(item.children, clause, language) + QStringLiteral("</span>");
            break;
        case Inline::Kind::Deleted:
            html += QStringLiteral("<span style=\"color:#b42318;text-decoration:line-through\">") +
                inlinesHtml(item.children, clause, language) + QStringLiteral("</span>");
            break;
        }
    }
    return html;
}

QString flowHtml(const Flow &flow, const Clause *clause, Language language)
{
    QString html;
    for (const Block &block : flow) {
        if (block.kind == Block::Kind::Paragraph) {
            html += QStringLiteral("<p>") + inlinesHtml(block.inlines, clause, language) +
                QStringLiteral("</p>");
            continue;
        }
        const QString tag =
            block.kind == Block::Kind::BulletList ? QStringLiteral("ul") : QStringLiteral("ol");
        html += u'<' + tag + u'>';
        for (const Inlines &item : block.items)
            html += QStringLiteral("<li>") + inlinesHtml(item, clause, language) +
                QStringLiteral("</li>");
        html += QStringLiteral("</") + tag + u'>';
    }
    return html;
}

QString statusName(ClauseStatus status)
{
    switch (status) {
    case ClauseStatus::Draft:
        return HtmlRender::tr("draft");
    case ClauseStatus::Approved:
        return HtmlRender::tr("approved");
    case ClauseStatus::Withdrawn:
        return HtmlRender::tr("withdrawn");
    }
    return {};
}

} // namespace

QString HtmlRender::flow(const Flow &flow)
{
    return flowHtml(flow, nullptr, Language::Danish);
}

QString HtmlRender::guidance(const Clause &clause, const Library &library, Language language)
{
    QString html;
    const Guidance &g = clause.guidance.get(language);
    for (const GuidanceHeading &heading : guidanceHeadings()) {
        const Flow &flow = g.*heading.member;
        if (flow.isEmpty())
            continue;
        html += QStringLiteral("<h4>") + esc(heading.translatedTitle()) + QStringLiteral("</h4>") +
            flowHtml(flow, &clause, language);
    }
    if (!clause.references.isEmpty()) {
        html += QStringLiteral("<h4>") + esc(tr("References")) + QStringLiteral("</h4><ul>");
        for (const Reference &reference : clause.references) {
            const QString title = library.referenceTitle(reference, language);
            html += QStringLiteral("<li>") + esc(reference.schemeKey() + u' ' + reference.id) +
                (title.isEmpty() ? QString() : QStringLiteral(" – ") + esc(title)) +
                QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString HtmlRender::clause(const Clause &clause, const Library &library, Language language)
{
    QString html = QStringLiteral("<h2>") +
        esc(clause.id + QStringLiteral("  ") + clause.title.get(language)) +
        QStringLiteral("</h2>");
    const Theme *theme = library.theme(clause.theme);
    html += QStringLiteral("<p style=\"color:#555\">") +
        esc(tr("%1 · DIGST option %2 · version %3 · %4 · %5")
                .arg(DocumentText::requirementTypeName(clause.type, language),
                    optionCode(clause.option))
                .arg(clause.version)
                .arg(statusName(clause.status), theme ? theme->name.get(language) : clause.theme)) +
        QStringLiteral("</p>");
    if (clause.status == ClauseStatus::Withdrawn && !clause.replacedBy.isEmpty())
        html += QStringLiteral("<p><b>") +
            esc(tr("Withdrawn; replaced by %1").arg(clause.replacedBy)) +
            QStringLiteral("</b></p>");
    html += flowHtml(clause.body.get(language), &clause, language);
    for (const Variant &variant : clause.variants) {
        html += QStringLiteral("<h4>") + esc(tr("Variant: %1").arg(variant.label.get(language))) +
            QStringLiteral("</h4>") + flowHtml(variant.body.get(language), &clause, language);
    }
    if (!clause.parameters.isEmpty()) {
        html += QStringLiteral("<h4>") + esc(tr("Parameters")) + QStringLiteral("</h4>") +
            QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                           "style=\"border-color:#ccc\">") +
            QStringLiteral("<tr><th align=\"left\">") + esc(tr("Parameter")) +
            QStringLiteral("</th><th align=\"left\">") + esc(tr("Default")) +
            QStringLiteral("</th><th align=\"left\">") + esc(tr("Limits")) +
            QStringLiteral("</th></tr>");
        for (const Parameter &p : clause.parameters) {
            QString limits;
            if (p.minimum || p.maximum)
                limits = (p.minimum ? QLocale().toString(*p.minimum) : QString()) +
                    QStringLiteral("–") + (p.maximum ? QLocale().toString(*p.maximum) : QString());
            const QString defaultText =
                p.defaultValue && ParameterFormat::validate(p, *p.defaultValue).isEmpty()
                ? ParameterFormat::format(p, *p.defaultValue, language)
                : tr("(to be filled in)");
            html += QStringLiteral("<tr><td>") + esc(p.label.get(language));
            if (!p.guidance.get(language).isEmpty())
                html += QStringLiteral("<br><span style=\"color:#555\">") +
                    esc(p.guidance.get(language)) + QStringLiteral("</span>");
            html += QStringLiteral("</td><td>") + esc(defaultText) + QStringLiteral("</td><td>") +
                esc(limits) + QStringLiteral("</td></tr>");
        }
        html += QStringLiteral("</table>");
    }
    html += guidance(clause, library, language);
    return html;
}

QString HtmlRender::requirement(const AnnexRequirement &requirement, Language language)
{
    QString html = QStringLiteral("<h3>") +
        esc(requirement.numberLabel + u' ' + requirement.title) +
        QStringLiteral("</h3><p style=\"color:#555\">") +
        esc(DocumentText::requirementTypeName(requirement.type, language)) + QStringLiteral("</p>");
    if (requirement.deviates) {
        html += QStringLiteral("<p style=\"color:#7a5a00\"><i>") +
            esc(tr("Deviates from the standard text: %n word(s) changed", nullptr,
                requirement.changedWords)) +
            QStringLiteral("</i></p>") + flowHtml(requirement.redline, nullptr, language);
    } else {
        html += flowHtml(requirement.text, nullptr, language);
    }
    return html;
}

QList<HtmlRender::AnnexPart> HtmlRender::annexParts(const Annex &annex, Edition edition)
{
    const Language language = annex.language;
    QList<AnnexPart> parts;
    QString head = QStringLiteral("<h1>") + esc(annex.title) + QStringLiteral("</h1>");
    if (!annex.metadata.tender.isEmpty())
        head += QStringLiteral("<p><b>") + esc(annex.metadata.tender) + QStringLiteral("</b><br>") +
            esc(annex.metadata.authority) + QStringLiteral("</p>");
    parts.append({AnnexPart::Kind::Head, QString(), head});
    for (const AnnexSection &section : annex.sections) {
        if (section.requirements.isEmpty())
            continue;
        parts.append({AnnexPart::Kind::Section, section.id,
            QStringLiteral("<h2>") + esc(section.title) + QStringLiteral("</h2>")});
        for (const AnnexRequirement &requirement : section.requirements) {
            const bool redline = edition == Edition::Review && requirement.deviates;
            parts.append({AnnexPart::Kind::Requirement, requirement.uid,
                QStringLiteral("<a name=\"") + esc(requirement.uid) +
                    QStringLiteral("\"></a><h3>") +
                    esc(requirement.numberLabel + u' ' + requirement.title) +
                    QStringLiteral("</h3>") + QStringLiteral("<p style=\"color:#555\">") +
                    esc(DocumentText::text(DocumentText::Phrase::RequirementType, language) +
                        QStringLiteral(": ") +
                        DocumentText::requirementTypeName(requirement.type, language)) +
                    QStringLiteral("</p>") +
                    flowHtml(redline ? requirement.redline : requirement.text, nullptr, language)});
        }
    }
    if (annex.requirementCount() == 0)
        parts.append({AnnexPart::Kind::Tail, QString(),
            QStringLiteral("<p style=\"color:#777\">") +
                esc(tr("The annex has no requirements yet.")) + QStringLiteral("</p>")});
    return parts;
}

QString HtmlRender::annex(const Annex &annex, Edition edition)
{
    QString html;
    for (const AnnexPart &part : annexParts(annex, edition))
        html += part.html;
    return html;
}

} // namespace klausul
