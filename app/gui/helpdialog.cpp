#include "helpdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace klausul {

QString HelpDialog::guideHtml(Language language)
{
    QFile file(language == Language::English ? QStringLiteral(":/klausul/help/guide_en.html")
                                             : QStringLiteral(":/klausul/help/guide_da.html"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString HelpDialog::shortcutsHtml(const QList<QAction *> &actions)
{
    QList<std::pair<QString, QString>> rows;
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        QString text = action->text();
        text.remove(QStringLiteral("…")).remove(u'&');
        rows.append({keys.join(QStringLiteral(", ")), text});
    }
    rows.append({tr("Down"), tr("From the search field: go to the results")});
    rows.append({tr("Tab, Shift+Tab"), tr("Next or previous field")});
    rows.append({tr("Ctrl+Tab"), tr("Next tab of the inspector")});
    QString html = QStringLiteral("<h2>") + tr("Keyboard shortcuts").toHtmlEscaped() +
        QStringLiteral("</h2><table cellpadding=\"3\">");
    for (const auto &[keys, text] : std::as_const(rows))
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(keys.toHtmlEscaped(), text.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

HelpDialog::HelpDialog(const QString &title, const QString &html, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(title);
    auto *browser = new QTextBrowser(this);
    browser->setObjectName(QStringLiteral("helpText"));
    browser->setOpenExternalLinks(false);
    browser->setHtml(html);
    browser->setAccessibleName(title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    resize(640, 600);
}

} // namespace klausul
