#include "librarybrowser.h"

#include "core/htmlrender.h"
#include "core/librarymodel.h"
#include "core/translations.h"
#include "itemdelegates.h"

#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace klausul {

namespace {

using Choices = QList<std::pair<QString, QString>>;

/** Choices of a framework facet: the controls of its reference list, "id title". */
Choices references(const Library &library, ClauseFilterModel::Facet facet, Language lang)
{
    Choices items;
    const Framework &framework = ClauseFilterModel::frameworkOf(facet);
    if (const ReferenceList *list = library.referenceList(framework.scheme, framework.version)) {
        for (const ReferenceItem &item : list->items)
            items.append({item.id, item.id + QStringLiteral(" ") + item.title.get(lang)});
    }
    return items;
}

/** One facet filter: its widget's object name, its filter, its label and its choices. */
struct FacetSpec
{
    const char *objectName;
    ClauseFilterModel::Facet kind;
    const char *label; ///< translated in the context klausul::LibraryBrowser
    Choices (*choices)(const Library &library, ClauseFilterModel::Facet facet, Language lang);
};

// The facet table: the one place that declares the library's facets.
const FacetSpec Facets[] = {
    {"facet-theme", ClauseFilterModel::Facet::Theme,
        QT_TRANSLATE_NOOP("klausul::LibraryBrowser", "Theme:"),
        [](const Library &library, ClauseFilterModel::Facet, Language lang) {
            Choices items;
            for (const Theme &theme : library.themes())
                items.append({theme.id, theme.name.get(lang)});
            return items;
        }},
    {"facet-option", ClauseFilterModel::Facet::Option,
        QT_TRANSLATE_NOOP("klausul::LibraryBrowser", "DIGST option:"),
        [](const Library &, ClauseFilterModel::Facet, Language) {
            return Choices {
                {QStringLiteral("A"), LibraryBrowser::tr("A – ISO 27001 certification")},
                {QStringLiteral("B"), LibraryBrowser::tr("B – documented compliance")},
                {QStringLiteral("C"), LibraryBrowser::tr("C – specific clause")}};
        }},
    {"facet-type", ClauseFilterModel::Facet::Type,
        QT_TRANSLATE_NOOP("klausul::LibraryBrowser", "Requirement type:"),
        [](const Library &, ClauseFilterModel::Facet, Language) {
            return Choices {{QStringLiteral("MK"), LibraryBrowser::tr("MK – minimum requirement")},
                {QStringLiteral("PK"), LibraryBrowser::tr("PK – prioritised requirement")},
                {QStringLiteral("K"), LibraryBrowser::tr("K – requirement")},
                {QStringLiteral("option"), LibraryBrowser::tr("Option")}};
        }},
    {"facet-iso", ClauseFilterModel::Facet::Iso,
        QT_TRANSLATE_NOOP("klausul::LibraryBrowser", "ISO 27001:"), references},
    {"facet-cis", ClauseFilterModel::Facet::Cis,
        QT_TRANSLATE_NOOP("klausul::LibraryBrowser", "CIS v8:"), references},
    {"facet-nis2", ClauseFilterModel::Facet::Nis2,
        QT_TRANSLATE_NOOP("klausul::LibraryBrowser", "NIS2:"), references},
    {"facet-gdpr", ClauseFilterModel::Facet::Gdpr,
        QT_TRANSLATE_NOOP("klausul::LibraryBrowser", "GDPR:"), references},
    {"facet-contract", ClauseFilterModel::Facet::ContractType,
        QT_TRANSLATE_NOOP("klausul::LibraryBrowser", "Contract type:"),
        [](const Library &, ClauseFilterModel::Facet, Language) {
            return Choices {{QStringLiteral("operation"), LibraryBrowser::tr("IT operation")},
                {QStringLiteral("cloud"), LibraryBrowser::tr("Cloud and SaaS")},
                {QStringLiteral("development"), LibraryBrowser::tr("Development")},
                {QStringLiteral("maintenance"), LibraryBrowser::tr("Maintenance and support")},
                {QStringLiteral("consultancy"), LibraryBrowser::tr("Consultancy")}};
        }},
    {"facet-status", ClauseFilterModel::Facet::Status,
        QT_TRANSLATE_NOOP("klausul::LibraryBrowser", "Status:"),
        [](const Library &, ClauseFilterModel::Facet, Language) {
            return Choices {{QStringLiteral("approved"), LibraryBrowser::tr("Approved")},
                {QStringLiteral("draft"), LibraryBrowser::tr("Draft")},
                {QStringLiteral("withdrawn"), LibraryBrowser::tr("Withdrawn")}};
        }},
};

} // namespace

LibraryBrowser::LibraryBrowser(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("libraryBrowser"));
    m_model = new LibraryModel(this);
    m_filter = new ClauseFilterModel(this);
    m_filter->setLibraryModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        m_view->expandAll();
        updateMatchCount();
    });

    m_filterToggle = new QToolButton(this);
    m_filterToggle->setObjectName(QStringLiteral("filterToggle"));
    m_filterToggle->setCheckable(true);
    m_filterToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_filterToggle->setArrowType(Qt::RightArrow);
    m_facetBox = new QWidget(this);
    m_facetBox->setObjectName(QStringLiteral("facetBox"));
    auto *facetForm = new QFormLayout(m_facetBox);
    facetForm->setContentsMargins(0, 0, 0, 0);
    for (const FacetSpec &spec : Facets) {
        auto *combo = new QComboBox(m_facetBox);
        combo->setObjectName(QLatin1String(spec.objectName));
        combo->setMinimumContentsLength(12); // the size policy is set when first shown, below
        auto *label = new QLabel(m_facetBox);
        label->setBuddy(combo);
        facetForm->addRow(label, combo);
        const int facet = int(m_facets.size());
        m_facets << combo;
        m_facetLabels << label;
        connect(combo, &QComboBox::activated, this, [this, facet] { applyFacet(facet); });
    }
    m_clearFilters = new QPushButton(m_facetBox);
    m_clearFilters->setObjectName(QStringLiteral("clearFiltersButton"));
    facetForm->addRow(QString(), m_clearFilters);
    connect(m_clearFilters, &QPushButton::clicked, this, [this] {
        for (QComboBox *combo : std::as_const(m_facets))
            combo->setCurrentIndex(0);
        m_filter->clearFilters();
        m_search->clear();
        m_view->expandAll();
    });
    m_facetBox->setVisible(false);
    connect(m_filterToggle, &QToolButton::toggled, this, [this](bool on) {
        // Before the facets are first shown (setting it builds each drop-down's popup list, a
        // twentieth of the app's start-up for a box that starts hidden).
        for (QComboBox *combo : std::as_const(m_facets))
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_facetBox->setVisible(on);
        m_filterToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("libraryView"));
    m_view->setModel(m_filter);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setUniformRowHeights(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setItemDelegate(new ElidedToolTipDelegate(m_view));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(LibraryModel::TitleColumn, QHeaderView::Stretch);
    m_view->expandAll();
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!index.data(LibraryModel::ClauseIdRole).toString().isEmpty())
            emit addRequested();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { showClause(current); });

    m_matchCount = new QLabel(this);
    m_matchCount->setObjectName(QStringLiteral("matchCount"));
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addClauseButton"));
    connect(m_addButton, &QPushButton::clicked, this, &LibraryBrowser::addRequested);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterToggle);
    filterRow->addStretch();
    filterRow->addWidget(m_matchCount);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_addButton);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("clausePreview"));
    auto *treeAndPreview = new QSplitter(Qt::Vertical, this);
    treeAndPreview->setObjectName(QStringLiteral("librarySplitter"));
    auto *treePanel = new QWidget(treeAndPreview);
    auto *treeLayout = new QVBoxLayout(treePanel);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(m_view, 1);
    treeLayout->addLayout(buttonRow);
    treeAndPreview->addWidget(treePanel);
    treeAndPreview->addWidget(m_preview);
    treeAndPreview->setStretchFactor(0, 3);
    treeAndPreview->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addLayout(filterRow);
    layout->addWidget(m_facetBox);
    layout->addWidget(treeAndPreview, 1);
    setMinimumWidth(220);
    retranslate();
}

void LibraryBrowser::setLibrary(LibraryPtr library)
{
    m_library = std::move(library);
    m_model->setLibrary(m_library);
    fillFacets();
    m_view->expandAll();
    updateMatchCount();
}

void LibraryBrowser::setPreviewLanguage(std::function<Language()> language)
{
    m_language = std::move(language);
}

void LibraryBrowser::retranslate()
{
    m_search->setPlaceholderText(tr("Search clauses, e.g. hændelse, 5.24, backup…"));
    m_search->setAccessibleName(tr("Search the library"));
    m_filterToggle->setText(tr("Filters"));
    for (int i = 0; i < m_facetLabels.size(); ++i)
        m_facetLabels.at(i)->setText(tr(Facets[i].label));
    m_clearFilters->setText(tr("Clear filters"));
    m_view->setAccessibleName(tr("Clause library"));
    m_addButton->setText(tr("&Add to annex"));
    m_addButton->setToolTip(tr("Add the selected clause to the annex (Ctrl+Return)"));
    m_preview->setAccessibleName(tr("Clause preview"));
    m_preview->setPlaceholderText(tr("Select a clause to read it here: its text, parameters, "
                                     "variants, guidance and references."));
    fillFacets();
    updateMatchCount();
    fitCodeColumns();
}

void LibraryBrowser::fitCodeColumns()
{
    // The type and option columns hold one short code each: as wide as the widest code or
    // their heading, measured here. (ResizeToContents measured every row at every layout, a
    // tenth of the app's start-up.)
    QHeaderView *header = m_view->header();
    const QFontMetrics metrics(m_view->font());
    const int padding =
        2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1) + 6;
    auto fit = [&](int column, const QStringList &codes) {
        int width = header->sectionSizeHint(column);
        for (const QString &code : codes)
            width = std::max(width, metrics.horizontalAdvance(code) + padding);
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        header->resizeSection(column, width);
    };
    fit(LibraryModel::TypeColumn,
        {requirementTypeCode(RequirementType::MK), requirementTypeCode(RequirementType::PK),
            requirementTypeCode(RequirementType::K), requirementTypeCode(RequirementType::Option)});
    fit(LibraryModel::OptionColumn,
        {optionCode(DigstOption::A), optionCode(DigstOption::B), optionCode(DigstOption::C)});
}

void LibraryBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitCodeColumns();
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LibraryBrowser::fillFacets()
{
    const Language lang = uiLanguage();
    for (int i = 0; i < m_facets.size(); ++i) {
        QComboBox *combo = m_facets.at(i);
        const QString current = combo->currentData().toString();
        combo->clear();
        combo->addItem(tr("(all)"), QString());
        if (m_library) {
            for (const auto &[value, text] : Facets[i].choices(*m_library, Facets[i].kind, lang))
                combo->addItem(text, value);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    }
}

void LibraryBrowser::applyFacet(int facet)
{
    m_filter->setFacet(Facets[facet].kind, m_facets.at(facet)->currentData().toString());
    m_view->expandAll();
    updateMatchCount();
}

void LibraryBrowser::updateMatchCount()
{
    m_matchCount->setText(tr("%n clause(s)", nullptr, m_filter->matchCount()));
}

void LibraryBrowser::showClause(const QModelIndex &index)
{
    const Clause *clause =
        m_library ? m_library->clause(index.data(LibraryModel::ClauseIdRole).toString()) : nullptr;
    m_addButton->setEnabled(clause != nullptr);
    if (!clause)
        return;
    const Language lang = m_language ? m_language() : Language::Danish;
    m_preview->setHtml(HtmlRender::clause(*clause, *m_library, lang));
}

QStringList LibraryBrowser::selectedClauseIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const QString id = index.data(LibraryModel::ClauseIdRole).toString();
        if (!id.isEmpty())
            ids << id;
    }
    if (ids.isEmpty()) {
        const QString current = m_view->currentIndex().data(LibraryModel::ClauseIdRole).toString();
        if (!current.isEmpty())
            ids << current;
    }
    if (ids.isEmpty() && m_search->hasFocus() && !m_search->text().trimmed().isEmpty()) {
        // Ctrl+Return in the search field: the best match (the first clause shown).
        const QAbstractItemModel *model = m_view->model();
        for (int theme = 0; theme < model->rowCount() && ids.isEmpty(); ++theme) {
            const QModelIndex parent = model->index(theme, 0);
            if (model->rowCount(parent) > 0)
                ids << model->index(0, 0, parent).data(LibraryModel::ClauseIdRole).toString();
        }
    }
    return ids;
}

void LibraryBrowser::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool LibraryBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier) {
            // Down from the search field enters the results at the first clause.
            const QAbstractItemModel *model = m_view->model();
            for (int theme = 0; theme < model->rowCount(); ++theme) {
                const QModelIndex parent = model->index(theme, 0);
                if (model->rowCount(parent) > 0) {
                    m_view->setCurrentIndex(model->index(0, 0, parent));
                    break;
                }
            }
            m_view->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace klausul
