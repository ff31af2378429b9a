#include "parameterform.h"

#include "core/parameterformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <cmath>

namespace klausul {

namespace {

const char *const PlainLabel = "plainLabel";
const char *const ChoiceValue = "choiceValue";
const char *const NumberKind = "numberKind"; // "integer" or "decimal" on number line edits

double relativeLuminance(const QColor &color)
{
    auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
        0.0722 * channel(rgb.blueF());
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    return QColor::fromRgbF(float(x.redF() + (y.redF() - x.redF()) * t),
        float(x.greenF() + (y.greenF() - x.greenF()) * t),
        float(x.blueF() + (y.blueF() - x.blueF()) * t));
}

QLabel *wrappedLabel(const QString &text, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    policy.setHeightForWidth(true); // grows taller when narrower, never overlapped or clipped
    label->setSizePolicy(policy);
    return label;
}

} // namespace

ParameterForm::ParameterForm(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("parameterScroll"));
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    m_page = new QWidget(this);
    m_page->setObjectName(QStringLiteral("parameterForm"));
    m_page->setAutoFillBackground(true);
    m_page->setBackgroundRole(QPalette::Window);
    auto *layout = new QVBoxLayout(m_page);
    m_noParameters = wrappedLabel(QString(), QStringLiteral("noParameters"), m_page);
    m_fields = new QVBoxLayout;
    m_fields->setSpacing(12);
    layout->addWidget(m_noParameters);
    layout->addLayout(m_fields);
    layout->addStretch();
    setWidget(m_page);
    retranslate();
}

void ParameterForm::retranslate()
{
    m_noParameters->setText(tr("This requirement has no parameters."));
}

double ParameterForm::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ParameterForm::hintColor(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Active, QPalette::WindowText);
    const QColor background = palette.color(QPalette::Active, QPalette::Window);
    // Lighter than the text, but never below AA (4.5:1) with a margin for rounding.
    for (double t = 0.4; t > 0.0; t -= 0.05) {
        const QColor candidate = mix(text, background, t);
        if (contrastRatio(candidate, background) >= 4.8)
            return candidate;
    }
    return text;
}

void ParameterForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyHintPalette();
    QScrollArea::changeEvent(event);
}

void ParameterForm::applyHintPalette()
{
    const QColor color = hintColor(m_page->palette());
    for (QLabel *label : m_page->findChildren<QLabel *>()) {
        if (!label->property("hint").toBool())
            continue;
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, color);
        label->setPalette(palette);
    }
}

QString ParameterForm::rangeText(const Parameter &p) const
{
    const int decimals = p.type == ParameterType::Decimal ? 2 : 0;
    auto number = [&](double value) {
        const bool whole = std::floor(value) == value;
        return ParameterFormat::formatNumber(value, whole ? 0 : decimals, m_language);
    };
    if (p.minimum && p.maximum)
        return tr("Allowed: %1 to %2").arg(number(*p.minimum), number(*p.maximum));
    if (p.minimum)
        return tr("Allowed: %1 or more").arg(number(*p.minimum));
    if (p.maximum)
        return tr("Allowed: up to %1").arg(number(*p.maximum));
    return p.type == ParameterType::Integer ? tr("A whole number") : tr("A number");
}

QWidget *ParameterForm::createNumberEditor(const Parameter &p)
{
    const QString id = p.id;
    const bool decimal = p.type == ParameterType::Decimal;
    auto *line = new QLineEdit(m_page);
    line->setObjectName(QStringLiteral("param-") + id);
    line->setProperty(NumberKind, decimal ? QStringLiteral("decimal") : QStringLiteral("integer"));
    line->setMaxLength(40);
    line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (!p.defaultValue)
        line->setPlaceholderText(tr("(fill in)"));
    connect(line, &QLineEdit::textEdited, this, [this, id, decimal](const QString &text) {
        if (m_updating)
            return;
        // Keep what is typed: a readable number is stored canonically (even outside the range),
        // anything else as typed, so the annex builder reports it instead of it being lost.
        const QString canonical = ParameterFormat::canonicalNumber(text, decimal);
        emit valueEdited(id, canonical.isEmpty() ? text.trimmed() : canonical);
    });
    return line;
}

QWidget *ParameterForm::createEditor(const DraftDocument &document, const Parameter &p)
{
    const Language lang = m_language;
    const QString id = p.id;
    QWidget *editor = nullptr;
    switch (p.type) {
    case ParameterType::Integer:
    case ParameterType::Decimal:
        editor = createNumberEditor(p);
        break;
    case ParameterType::Choice:
        if (p.multiple) {
            auto *box = new QWidget(m_page);
            auto *layout = new QVBoxLayout(box);
            layout->setContentsMargins(0, 0, 0, 0);
            for (const ParameterChoice &choice : p.choices) {
                auto *check = new QCheckBox(choice.label.get(lang), box);
                check->setObjectName(QStringLiteral("choice-") + choice.value);
                check->setProperty(ChoiceValue, choice.value);
                layout->addWidget(check);
                connect(check, &QCheckBox::toggled, this, [this, id, box] {
                    if (m_updating)
                        return;
                    QStringList values;
                    for (QCheckBox *c : box->findChildren<QCheckBox *>()) {
                        if (c->isChecked())
                            values << c->property(ChoiceValue).toString();
                    }
                    emit valueEdited(id, values.join(u' '));
                });
            }
            editor = box;
        } else {
            auto *combo = new QComboBox(m_page);
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            combo->setMinimumContentsLength(12);
            if (!p.defaultValue)
                combo->addItem(tr("(choose)"), QString());
            for (const ParameterChoice &choice : p.choices)
                combo->addItem(choice.label.get(lang), choice.value);
            connect(combo, &QComboBox::activated, this, [this, id, combo] {
                if (!m_updating)
                    emit valueEdited(id, combo->currentData().toString());
            });
            editor = combo;
        }
        break;
    case ParameterType::Date: {
        auto *date = new QDateEdit(m_page);
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("d. MMMM yyyy"));
        connect(date, &QDateEdit::dateChanged, this, [this, id](const QDate &value) {
            if (!m_updating)
                emit valueEdited(id, value.toString(Qt::ISODate));
        });
        editor = date;
        break;
    }
    case ParameterType::Reference: {
        // A drop-down of the contract map's annexes (or this annex's requirements).
        auto *combo = new QComboBox(m_page);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        const Draft &draft = document.draft();
        if (p.role == QLatin1String("requirement")) {
            combo->addItem(
                p.target.isEmpty() ? tr("(choose)") : tr("(as the clause says)"), QString());
            const Library &library = *document.library();
            for (const DraftItem *item : draft.items()) {
                if (item->clauseId.isEmpty())
                    continue;
                const Clause *target = library.clause(item->clauseId);
                combo->addItem(draft.numberLabel(item->number) + QStringLiteral("  ") +
                        (target ? target->title.get(lang) : item->clauseId),
                    item->clauseId);
            }
        } else {
            auto describe = [&](const QString &role) {
                if (role == QLatin1String("security"))
                    return tr("This annex");
                if (role == QLatin1String("contract"))
                    return ContractMap::roleName(role, lang);
                const ContractAnnex *annex = draft.contract.annex(role);
                if (!annex)
                    return tr("%1 (not in the contract map)")
                        .arg(ContractMap::roleName(role, lang));
                if (annex->number.isEmpty())
                    return tr("%1 (no number yet)").arg(annex->title);
                return tr("Annex %1, %2").arg(annex->number, annex->title);
            };
            combo->addItem(tr("As the clause says: %1").arg(describe(p.role)), QString());
            for (const QString &role : ContractMap::roles()) {
                if (role != p.role)
                    combo->addItem(describe(role), role);
            }
        }
        connect(combo, &QComboBox::activated, this, [this, id, combo] {
            if (!m_updating)
                emit valueEdited(id, combo->currentData().toString());
        });
        editor = combo;
        break;
    }
    case ParameterType::Text: {
        auto *line = new QLineEdit(m_page);
        line->setMaxLength(1000);
        connect(line, &QLineEdit::textEdited, this, [this, id](const QString &text) {
            if (!m_updating)
                emit valueEdited(id, text.trimmed());
        });
        editor = line;
        break;
    }
    }
    editor->setObjectName(QStringLiteral("param-") + id);
    editor->setAccessibleName(p.label.get(lang));
    editor->setAccessibleDescription(p.guidance.get(lang));
    return editor;
}

void ParameterForm::rebuild(
    const DraftDocument &document, const Clause *clause, const DraftItem &item)
{
    m_language = document.draft().metadata.language;
    while (QLayoutItem *child = m_fields->takeAt(0)) {
        if (QWidget *widget = child->widget())
            delete widget;
        delete child;
    }
    m_noParameters->setVisible(!clause || clause->parameters.isEmpty());
    if (!clause)
        return;
    const Language lang = m_language;
    QWidget *previous = nullptr;
    for (const Parameter &p : clause->parameters) {
        auto *field = new QWidget(m_page);
        field->setObjectName(QStringLiteral("field-") + p.id);
        auto *column = new QVBoxLayout(field);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(3);

        auto *label =
            wrappedLabel(p.label.get(lang) + u':', QStringLiteral("label-") + p.id, field);
        label->setProperty(PlainLabel, label->text());
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        QWidget *editor = createEditor(document, p);
        editor->setParent(field);
        label->setBuddy(editor);
        column->addWidget(label);

        if (p.type == ParameterType::Integer || p.type == ParameterType::Decimal) {
            auto *row = new QHBoxLayout;
            row->setSpacing(6);
            row->addWidget(editor, 1);
            QString unit = ParameterFormat::unitWord(p.unit, 2, lang);
            if (p.unit == Unit::Dkk)
                unit = QStringLiteral("kr.");
            else if (p.unit == Unit::Percent)
                unit = QStringLiteral("%");
            auto *unitLabel = new QLabel(unit, field);
            unitLabel->setObjectName(QStringLiteral("unit-") + p.id);
            unitLabel->setVisible(!unit.isEmpty());
            row->addWidget(unitLabel);
            column->addLayout(row);
            auto *range = wrappedLabel(rangeText(p), QStringLiteral("range-") + p.id, field);
            range->setProperty("hint", true);
            column->addWidget(range);
            editor->setToolTip(rangeText(p));
        } else {
            column->addWidget(editor);
        }

        auto *problem = wrappedLabel(QString(), QStringLiteral("problem-") + p.id, field);
        QPalette problemPalette = problem->palette();
        problemPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
        problem->setPalette(problemPalette);
        problem->hide();
        column->addWidget(problem);

        const QStringList elsewhere = document.sharedElsewhere(item.uid, p.id);
        if (!elsewhere.isEmpty()) {
            column->addWidget(wrappedLabel(
                tr("One value with requirement(s) %1: changing it here changes it there.")
                    .arg(elsewhere.join(QStringLiteral(", "))),
                QStringLiteral("shared-") + p.id, field));
        }
        if (!p.guidance.get(lang).isEmpty()) {
            auto *hint = wrappedLabel(p.guidance.get(lang), QStringLiteral("hint-") + p.id, field);
            hint->setProperty("hint", true);
            column->addWidget(hint);
        }
        m_fields->addWidget(field);
        if (previous)
            setTabOrder(previous, editor);
        previous = editor;
    }
    applyHintPalette();
}

void ParameterForm::updateValues(
    const Clause *clause, const DraftItem &item, const QHash<QString, QString> &problems)
{
    if (!clause)
        return;
    m_updating = true;
    for (const Parameter &p : clause->parameters) {
        const bool bad = problems.contains(p.id);
        if (auto *label = m_page->findChild<QLabel *>(QStringLiteral("label-") + p.id)) {
            label->setText((bad ? QStringLiteral("\u26a0 ") : QString()) +
                label->property(PlainLabel).toString());
            QPalette palette = label->palette();
            palette.setColor(QPalette::WindowText,
                bad ? QColor(0xb0, 0x00, 0x20) : m_page->palette().color(QPalette::WindowText));
            label->setPalette(palette);
        }
        if (auto *problem = m_page->findChild<QLabel *>(QStringLiteral("problem-") + p.id)) {
            problem->setText(problems.value(p.id));
            problem->setVisible(bad);
        }
        QWidget *editor = m_page->findChild<QWidget *>(QStringLiteral("param-") + p.id);
        if (!editor)
            continue;
        editor->setProperty("invalid", bad);
        if (editor->hasFocus())
            continue;
        QString value = item.values.value(p.id);
        if (value.isEmpty() && p.defaultValue)
            value = *p.defaultValue;
        const QSignalBlocker blocker(editor);
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentIndex(std::max(0, combo->findData(value)));
        } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
            const QDate parsed = QDate::fromString(value, Qt::ISODate);
            date->setDate(parsed.isValid() ? parsed : QDate::currentDate());
        } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            QString shown = value;
            if (!line->property(NumberKind).isNull() &&
                ParameterFormat::validate(p, value).isEmpty())
                shown = ParameterFormat::formatNumber(value.toDouble(),
                    value.contains(u'.') ? int(value.size() - value.indexOf(u'.') - 1) : 0,
                    m_language);
            if (line->text() != shown)
                line->setText(shown);
        } else {
            const QStringList chosen = value.split(u' ', Qt::SkipEmptyParts);
            for (QCheckBox *check : editor->findChildren<QCheckBox *>()) {
                const QSignalBlocker checkBlocker(check);
                check->setChecked(chosen.contains(check->property(ChoiceValue).toString()));
            }
        }
    }
    m_updating = false;
    // Problems shown or hidden change the fields' heights: lay the page out again now, also
    // while the tab is not visible, so no stale gap or overlap remains.
    for (QWidget *field : m_page->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (field->layout())
            field->layout()->invalidate();
    }
    m_page->layout()->invalidate();
}

bool ParameterForm::focusParameter(const QString &parameterId)
{
    QWidget *editor = m_page->findChild<QWidget *>(QStringLiteral("param-") + parameterId);
    if (!editor)
        return false;
    ensureWidgetVisible(editor);
    editor->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace klausul
