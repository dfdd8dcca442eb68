// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/matrixview.h"

#include "models/skillmatrixmodel.h"
#include "storage/catalog.h"
#include "storage/workspace.h"
#include "ui/prompter.h"
#include "widgets/flowlayout.h"
#include "widgets/matrixheader.h"
#include "widgets/matrixtable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace coe::ui {

MatrixView::MatrixView(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(new SkillMatrixModel(workspace, this))
{
    setObjectName(QStringLiteral("matrixView"));

    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("matrixSource"));
    m_source->addItem(tr("Effective level"), int(SkillMatrixModel::View::Effective));
    m_source->addItem(tr("Self-assessment"), int(SkillMatrixModel::View::Self));
    m_source->addItem(tr("Lead's assessment"), int(SkillMatrixModel::View::Lead));
    m_source->addItem(tr("Consultant's assessment"), int(SkillMatrixModel::View::Consultant));
    m_source->addItem(tr("Self against lead"), int(SkillMatrixModel::View::SelfVersusLead));
    m_source->setToolTip(tr("Effective: the lead's level, else the consultant's, else the person's own."));
    m_team = new QComboBox(this);
    m_team->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_team->setObjectName(QStringLiteral("matrixTeam"));
    m_category = new QComboBox(this);
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_category->setObjectName(QStringLiteral("matrixCategory"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("matrixType"));
    m_type->addItem(tr("Everyone"), -1);
    m_type->addItem(tr("Internal staff"), 0);
    m_type->addItem(tr("External consultants"), 1);
    m_onlyGaps = new QCheckBox(tr("Only gaps"), this);
    m_onlyGaps->setObjectName(QStringLiteral("matrixOnlyGaps"));
    m_onlyGaps->setToolTip(tr("Only people below their target in a shown skill"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("matrixSearch"));
    m_search->setPlaceholderText(tr("Find people"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 18);
    // Wraps onto a second row in a narrow window instead of cutting the combo boxes.
    auto* filters = new FlowLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_source);
    filters->addWidget(m_team);
    filters->addWidget(m_category);
    filters->addWidget(m_type);
    filters->addWidget(m_onlyGaps);
    filters->addWidget(m_search, true);

    m_table = new MatrixTable(this);
    auto* header = new MatrixHeader(m_table);
    m_table->setHorizontalHeader(header);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("matrixEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("matrixLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);

    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addLayout(filters);
    centreLayout->addWidget(m_stack, 1);
    centreLayout->addWidget(m_legend);

    m_inspector = new QLabel(this);
    m_inspector->setObjectName(QStringLiteral("matrixInspector"));
    m_inspector->setTextFormat(Qt::RichText);
    m_inspector->setWordWrap(true);
    m_inspector->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_inspector->setMargin(fontMetrics().averageCharWidth());
    auto* inspectorScroll = new QScrollArea(this);
    inspectorScroll->setWidget(m_inspector);
    inspectorScroll->setWidgetResizable(true);
    inspectorScroll->setFrameShape(QFrame::NoFrame);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(centre);
    splitter->addWidget(inspectorScroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({fontMetrics().averageCharWidth() * 120, fontMetrics().averageCharWidth() * 34});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setView(SkillMatrixModel::View(m_source->currentData().toInt()));
        updateInspector();
    });
    for (QComboBox* box : {m_team, m_category, m_type})
        connect(box, &QComboBox::currentIndexChanged, this, &MatrixView::applyFilter);
    connect(m_onlyGaps, &QCheckBox::toggled, this, &MatrixView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &MatrixView::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &MatrixView::goToFound);
    connect(header, &MatrixHeader::categoryClicked, this, [this](int column) {
        const QString name = m_model->headerData(column, Qt::Horizontal, SkillMatrixModel::CategoryNameRole).toString();
        for (const auto& category : m_model->matrix().categories()) {
            if (category.name != name)
                continue;
            const bool fold = !m_model->isCategoryCollapsed(category.id);
            m_model->setCategoryCollapsed(category.id, fold);
            Q_EMIT statusMessage(
                fold ? tr("Folded %1 into one column of averages; click its band to unfold it.").arg(name)
                     : tr("Unfolded %1.").arg(name));
        }
    });
    connect(header, &QHeaderView::sectionClicked, this, [this, header](int column) {
        // First click: strongest first; clicking the same column again flips the order.
        const Qt::SortOrder order = column == m_model->sortColumn() && m_model->sortOrder() == Qt::DescendingOrder
                                        ? Qt::AscendingOrder
                                        : Qt::DescendingOrder;
        m_model->sort(column, order);
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        Q_EMIT statusMessage(order == Qt::DescendingOrder
                                 ? tr("Sorted by %1, strongest first.").arg(m_model->columnName(column))
                                 : tr("Sorted by %1, weakest first.").arg(m_model->columnName(column)));
    });
    // Folding and filtering rebuild the columns; the sort stays on its skill, and so does the arrow.
    connect(m_model, &QAbstractItemModel::modelReset, header,
            [this, header] { header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &MatrixView::updateInspector);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MatrixView::updateInspector);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        refillChoices();
        updateEmptyState();
        updateInspector();
    });
    connect(m_model, &SkillMatrixModel::editFailed, this,
            [this](const QString& message) { Prompter::current()->error(this, tr("CoE Studio"), message); });
    connect(m_table, &MatrixTable::problem, this,
            [this](const QString& message) { Prompter::current()->error(this, tr("CoE Studio"), message); });
    connect(m_table, &MatrixTable::message, this, &MatrixView::statusMessage);
    connect(workspace.notifier(), &ChangeNotifier::changed, this, [this](const Change& change) {
        if (change.entity == Entity::Team || change.entity == Entity::Everything)
            refillChoices();
    });

    refillChoices();
    updateEmptyState();
    updateInspector();
}

void MatrixView::refillChoices()
{
    const auto refill = [](QComboBox* box, const QString& all, const QList<std::pair<QString, Id>>& items) {
        const Id current = box->currentData().toLongLong();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(all, 0);
        for (const auto& [name, id] : items)
            box->addItem(name, id);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    QList<std::pair<QString, Id>> teams;
    if (auto list = Catalog(m_workspace).teams())
        for (const Team& t : std::as_const(list.value()))
            teams.append({t.name, t.id});
    refill(m_team, tr("All teams"), teams);
    QList<std::pair<QString, Id>> categories;
    for (const auto& c : m_model->matrix().categories())
        categories.append({c.name, c.id});
    refill(m_category, tr("All categories"), categories);

    QStringList swatches;
    for (const ScaleLevel& level : m_model->matrix().scale()) {
        swatches << QStringLiteral("<span style='background:%1;color:%2'>&nbsp;%3&nbsp;</span>&nbsp;%4")
                        .arg(level.color.name(), Scale::textColorOn(level.color).name())
                        .arg(level.level)
                        .arg(Scale::shown(level.label).toHtmlEscaped());
    }
    m_legend->setText(
        swatches.join(QStringLiteral(" &nbsp; ")) +
        tr(" &nbsp;&nbsp; ◥ target set &nbsp; <span style='color:#d73027'>▁</span> below target &nbsp; • note"));
}

void MatrixView::applyFilter()
{
    SkillMatrixModel::Filter filter;
    filter.text = m_search->text().trimmed();
    filter.teamId = m_team->currentData().toLongLong();
    filter.categoryId = m_category->currentData().toLongLong();
    filter.external = m_type->currentData().toInt();
    filter.onlyGaps = m_onlyGaps->isChecked();
    m_model->setFilter(filter);
    updateEmptyState();
    Q_EMIT statusMessage(tr("%1 of %2 people, %3 columns")
                             .arg(m_model->rowCount())
                             .arg(m_model->matrix().personCount())
                             .arg(m_model->columnCount()));
}

void MatrixView::updateEmptyState()
{
    const MatrixData& data = m_model->matrix();
    QString text;
    if (data.personCount() == 0 && data.skillCount() == 0)
        text = tr("The matrix is empty. Add people in People & teams and skills in Skills, or import them with coectl "
                  "import.");
    else if (data.personCount() == 0)
        text = tr("No people yet — add them in People & teams.");
    else if (data.skillCount() == 0)
        text = tr("No skills yet — add categories and skills in Skills.");
    else if (m_model->rowCount() == 0)
        text = tr("Nobody matches these filters.");
    m_empty->setText(text);
    m_stack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget*>(m_table) : m_empty);
}

void MatrixView::updateInspector()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid()) {
        m_inspector->setText(tr("<p>Select a cell to see every assessment of it.</p>"
                                "<p>Type a digit to set the selected cells, Delete to clear them; Enter, F2 or a "
                                "double-click opens a list of levels, Shift+F2 writes a note. "
                                "Ctrl+C and Ctrl+V copy and paste blocks, also from a spreadsheet. "
                                "Click a category band to fold it into an average.</p>"));
        return;
    }
    const QString person = m_model->headerData(index.row(), Qt::Vertical, Qt::DisplayRole).toString().toHtmlEscaped();
    const QString skill =
        m_model->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString().toHtmlEscaped();
    const QString category = m_model->headerData(index.column(), Qt::Horizontal, SkillMatrixModel::CategoryNameRole)
                                 .toString()
                                 .toHtmlEscaped();
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2 <span style='color:gray'>· %3</span></p>").arg(person, skill, category);
    if (index.data(SkillMatrixModel::IsCategoryRole).toBool()) {
        html += tr("<p>Average of the category's assessed skills: <b>%1</b></p>").arg(index.data().toString());
        m_inspector->setText(html);
        return;
    }
    const auto level = [this](const QVariant& v) {
        return v.isValid()
                   ? QStringLiteral("%1 · %2").arg(v.toInt()).arg(m_model->levelLabel(v.toInt()).toHtmlEscaped())
                   : tr("—");
    };
    html += QStringLiteral("<table cellspacing='4'>");
    const QList<std::pair<QString, QVariant>> rows{
        {tr("Effective"), index.data(SkillMatrixModel::EffectiveLevelRole)},
        {tr("Lead"), index.data(SkillMatrixModel::LeadLevelRole)},
        {tr("Consultant"), index.data(SkillMatrixModel::ConsultantLevelRole)},
        {tr("Self"), index.data(SkillMatrixModel::SelfLevelRole)},
        {tr("Target"), index.data(SkillMatrixModel::TargetRole)},
    };
    for (const auto& [name, value] : rows)
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(name, level(value));
    if (index.data(SkillMatrixModel::PersonalTargetRole).isValid())
        html += QStringLiteral("<tr><td></td><td><span style='color:gray'>%1</span></td></tr>")
                    .arg(tr("their own target, set instead of the role's"));
    const QVariant interest = index.data(SkillMatrixModel::InterestRole);
    html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                .arg(tr("Interest"), interest.isValid() ? Interest::label(interest.toInt()) : tr("—"));
    if (const int gap = index.data(SkillMatrixModel::GapRole).toInt(); gap > 0)
        html += QStringLiteral("<tr><td>%1</td><td><span style='color:#d73027'><b>%2</b></span></td></tr>")
                    .arg(tr("Gap"), tr("%n level(s) below target", nullptr, gap));
    html += QStringLiteral("</table>");
    if (const auto note = m_model->note(index)) {
        html += QStringLiteral("<p><b>%1</b> <span style='color:gray'>%2</span><br>%3</p>")
                    .arg(tr("Note"),
                         tr("%1, %2").arg(note->source == Source::Self         ? tr("self")
                                          : note->source == Source::Consultant ? tr("consultant")
                                                                               : tr("lead"),
                                          QLocale().toString(note->on, QLocale::ShortFormat)),
                         note->text.toHtmlEscaped());
    }
    const QStringList history = m_model->history(index, 12);
    if (!history.isEmpty())
        html += tr("<p><b>History</b><br>%1</p>").arg(history.join(QStringLiteral("<br>")));
    if (m_model->view() != SkillMatrixModel::View::SelfVersusLead) {
        const QString who = m_model->editSource() == Source::Self
                                ? tr("Edits here are recorded as the person's own assessment.")
                            : m_model->editSource() == Source::Consultant
                                ? tr("Edits here are recorded as the consultant's assessment.")
                                : tr("Edits here are recorded as the lead's assessment.");
        html += QStringLiteral("<p style='color:gray'>%1</p>").arg(who);
    }
    m_inspector->setText(html);
}

void MatrixView::goToFound()
{
    // Enter in the search goes to the people it found, on their first cell.
    if (m_model->rowCount() == 0 || m_model->columnCount() == 0)
        return;
    if (!m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
    m_table->setFocus(Qt::ShortcutFocusReason);
}

} // namespace coe::ui
