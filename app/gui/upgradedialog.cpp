#include "upgradedialog.h"

#include "core/translations.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace klausul {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

/** Inserted words green and underlined, deleted ones red and struck through. */
QString redline(const QList<TextDiff::Segment> &words)
{
    QString html;
    for (const TextDiff::Segment &s : words) {
        switch (s.kind) {
        case TextDiff::Segment::Kind::Same:
            html += escaped(s.text);
            break;
        case TextDiff::Segment::Kind::Inserted:
            html += QStringLiteral("<u style=\"color:#0b6b2f\">") + escaped(s.text) +
                QStringLiteral("</u>");
            break;
        case TextDiff::Segment::Kind::Deleted:
            html += QStringLiteral("<s style=\"color:#a4161a\">") + escaped(s.text) +
                QStringLiteral("</s>");
            break;
        }
    }
    return html;
}

} // namespace

QString UpgradeDialog::toHtml(const ClauseUpgrade &upgrade)
{
    QString html;
    html += QStringLiteral("<h3>") + escaped(upgrade.heading()) + QStringLiteral("</h3>");
    if (upgrade.withdrawn)
        html += QStringLiteral("<p><b>") + escaped(upgrade.withdrawnNote()) +
            QStringLiteral("</b></p>");
    for (const HistoryEntry &entry : upgrade.history)
        html += QStringLiteral("<p>") + escaped(ClauseUpgrade::historyLine(entry)) +
            QStringLiteral("</p>");
    if (!upgrade.basisKnown)
        html += QStringLiteral("<p><i>") +
            escaped(tr("The text of version %1 is not recorded in this draft (it was saved by an "
                       "older Klausul or before the clause was added here): what the library "
                       "changed cannot be shown word by word; compare with the new text below.")
                        .arg(upgrade.fromVersion)) +
            QStringLiteral("</i></p>");

    if (!upgrade.delta.wording.isEmpty() || !upgrade.delta.fields.isEmpty()) {
        html += QStringLiteral("<h4>") + escaped(tr("What the library changed")) +
            QStringLiteral("</h4><ul>");
        for (const ClauseWordingChange &w : upgrade.delta.wording)
            html += QStringLiteral("<li>") +
                escaped(LibraryDiff::partName(w.part) + QStringLiteral(" (") +
                    languageCode(w.language) + QStringLiteral("): ")) +
                redline(w.words) + QStringLiteral("</li>");
        for (const ClauseFieldChange &f : upgrade.delta.fields)
            html += QStringLiteral("<li>") + escaped(LibraryDiff::fieldText(f)) +
                QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }

    for (const ClauseUpgrade::ThreeWay &three : upgrade.ownWording) {
        html += QStringLiteral("<h4>") +
            escaped(tr("Own wording (%1)").arg(languageCode(three.language))) +
            QStringLiteral("</h4>");
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"6\" "
                               "width=\"100%\"><tr>");
        if (upgrade.basisKnown)
            html += QStringLiteral("<th>") +
                escaped(tr("Old standard text (version %1)").arg(upgrade.fromVersion)) +
                QStringLiteral("</th>");
        html += QStringLiteral("<th>") +
            escaped(tr("New standard text (version %1)").arg(upgrade.toVersion)) +
            QStringLiteral("</th><th>") + escaped(tr("Your own wording")) +
            QStringLiteral("</th></tr><tr>");
        if (upgrade.basisKnown)
            html += QStringLiteral("<td valign=\"top\">") + escaped(three.oldStandard) +
                QStringLiteral("</td><td valign=\"top\">") + redline(three.libraryChange) +
                QStringLiteral("</td><td valign=\"top\">") + redline(three.ownChange) +
                QStringLiteral("</td>");
        else
            html += QStringLiteral("<td valign=\"top\">") + escaped(three.newStandard) +
                QStringLiteral("</td><td valign=\"top\">") + escaped(three.ownWording) +
                QStringLiteral("</td>");
        html += QStringLiteral("</tr></table><p>") +
            escaped(three.needsDecision
                    ? tr("The library changed the text your own wording replaces: your wording "
                         "does not have that change. Keep it (and edit it afterwards if needed) "
                         "or take the new standard text.")
                    : tr("The library did not change the text your own wording replaces.")) +
            QStringLiteral("</p>");
    }
    if (!upgrade.valueProblems.isEmpty()) {
        html += QStringLiteral("<h4>") + escaped(tr("Values")) + QStringLiteral("</h4><ul>");
        for (const QString &problem : upgrade.valueProblems)
            html += QStringLiteral("<li>") + escaped(problem) + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    return html;
}

UpgradeDialog::UpgradeDialog(DraftDocument *document, const ClauseUpgrade &upgrade, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_upgrade(upgrade)
{
    setWindowTitle(tr("New version of %1").arg(upgrade.clauseId));
    setObjectName(QStringLiteral("upgradeDialog"));
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("upgradeView"));
    m_view->setOpenLinks(false);
    m_view->setHtml(toHtml(upgrade));
    m_view->setAccessibleName(tr("What the new version changes"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    const bool own = !upgrade.ownWording.isEmpty();
    m_keep =
        buttons->addButton(own ? tr("Accept, &keep my wording") : tr("&Accept the new version"),
            QDialogButtonBox::AcceptRole);
    m_keep->setObjectName(QStringLiteral("acceptKeepButton"));
    m_take = buttons->addButton(
        tr("Accept and &take the new standard text"), QDialogButtonBox::AcceptRole);
    m_take->setObjectName(QStringLiteral("acceptTakeButton"));
    m_take->setVisible(own);
    connect(m_keep, &QPushButton::clicked, this, [this] {
        m_document->acceptClauseVersion(m_upgrade.uid, false);
        accept();
    });
    connect(m_take, &QPushButton::clicked, this, [this] {
        m_document->acceptClauseVersion(m_upgrade.uid, true);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(900, 600);
}

} // namespace klausul
