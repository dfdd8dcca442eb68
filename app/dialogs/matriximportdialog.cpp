// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/matriximportdialog.h"

#include "ui/backgroundtask.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QVBoxLayout>

namespace coe::ui {

namespace {
constexpr int kLineRole = Qt::UserRole + 1;   ///< on a problem: the row it is on
constexpr int kColumnRole = Qt::UserRole + 2; ///< on a problem: its column, or -1
constexpr int kMarkedRole = Qt::UserRole + 3; ///< on a preview cell: marked as a problem
} // namespace

MatrixImportDialog::MatrixImportDialog(Workspace& workspace, const QString& path, const Spreadsheet& preview,
                                       QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_path(path), m_sheet(preview)
{
    setObjectName(QStringLiteral("matrixImportDialog"));
    setWindowTitle(tr("Import skill matrix from %1").arg(preview.fileName()));

    // The preview: the header and the first rows, as in the file.
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setDefaultSectionSize(fontMetrics().averageCharWidth() * 14);

    // Which sheet of a workbook.
    m_sheetChoice = new QComboBox(this);
    m_sheetChoice->setObjectName(QStringLiteral("importSheet"));
    m_sheetChoice->addItems(preview.sheetNames());
    m_sheetChoice->setCurrentText(preview.sheetName());

    // What the columns hold.
    m_form = new QComboBox(this);
    m_form->setObjectName(QStringLiteral("importForm"));
    m_form->addItem(tr("Wide: a row per person, a column per skill"), false);
    m_form->addItem(tr("Long: a row per person and skill"), true);
    m_person = columnChoice(QStringLiteral("importPerson"));
    m_email = columnChoice(QStringLiteral("importEmail"));
    m_team = columnChoice(QStringLiteral("importTeam"));
    m_skill = columnChoice(QStringLiteral("importSkill"));
    m_level = columnChoice(QStringLiteral("importLevel"));
    m_sourceColumn = columnChoice(QStringLiteral("importSourceColumn"));
    m_dateColumn = columnChoice(QStringLiteral("importDateColumn"));
    m_note = columnChoice(QStringLiteral("importNote"));
    auto* columns = new QGroupBox(tr("Columns"), this);
    auto* columnsForm = new QFormLayout(columns);
    if (preview.sheetNames().size() > 1)
        columnsForm->addRow(tr("Sheet"), m_sheetChoice);
    else
        m_sheetChoice->hide();
    columnsForm->addRow(tr("Shape"), m_form);
    columnsForm->addRow(tr("Person"), m_person);
    columnsForm->addRow(tr("Email"), m_email);
    columnsForm->addRow(tr("Team"), m_team);
    for (const auto& [label, box] :
         {std::pair{tr("Skill"), m_skill}, std::pair{tr("Level"), m_level}, std::pair{tr("Source"), m_sourceColumn},
          std::pair{tr("Date"), m_dateColumn}, std::pair{tr("Note"), m_note}}) {
        columnsForm->addRow(label, box);
        m_longOnly << box << columnsForm->labelForField(box);
    }

    // Whose assessments, when, and what to do with the unknown.
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("importSource"));
    m_source->addItem(tr("Lead"), int(Source::Lead));
    m_source->addItem(tr("Self"), int(Source::Self));
    m_source->addItem(tr("Consultant"), int(Source::Consultant));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("importDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_createMissing = new QCheckBox(tr("Add people and skills the workspace does not have"), this);
    m_createMissing->setObjectName(QStringLiteral("importCreateMissing"));
    m_skipBad = new QCheckBox(tr("Skip bad cells and import the rest"), this);
    m_skipBad->setObjectName(QStringLiteral("importSkipBad"));
    auto* options = new QGroupBox(tr("Assessments"), this);
    auto* optionsForm = new QFormLayout(options);
    optionsForm->addRow(tr("Recorded as"), m_source);
    optionsForm->addRow(tr("Dated"), m_date);
    optionsForm->addRow(m_createMissing);
    optionsForm->addRow(m_skipBad);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setMaximumHeight(fontMetrics().height() * 7);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* side = new QVBoxLayout;
    side->addWidget(columns);
    side->addWidget(options);
    side->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addWidget(m_preview, 1);
    top->addLayout(side);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    fillPreview();
    fillColumns();
    // Big enough for the columns the file has (up to most of the screen), so a message about
    // column F can be seen in the preview.
    int wanted = m_preview->verticalHeader()->sizeHint().width() + 2 * m_preview->frameWidth() +
                 side->sizeHint().width() + layout->contentsMargins().left() + layout->contentsMargins().right() +
                 layout->spacing() + 24;
    for (int c = 0; c < m_preview->columnCount(); ++c)
        wanted += m_preview->columnWidth(c);
    const QRect screen = (parent && parent->screen() ? parent->screen() : this->screen())->availableGeometry();
    resize(std::clamp(wanted, fontMetrics().averageCharWidth() * 110, screen.width() * 9 / 10),
           std::min(fontMetrics().height() * 38, screen.height() * 9 / 10));
    connect(m_sheetChoice, &QComboBox::textActivated, this, &MatrixImportDialog::chooseSheet);
    connect(m_problems, &QListWidget::itemActivated, this, &MatrixImportDialog::showProblem);
    connect(m_problems, &QListWidget::itemClicked, this, &MatrixImportDialog::showProblem);
    for (QComboBox* box :
         {m_form, m_person, m_email, m_team, m_skill, m_level, m_sourceColumn, m_dateColumn, m_note, m_source})
        connect(box, &QComboBox::currentIndexChanged, this, &MatrixImportDialog::check);
    connect(m_date, &QDateEdit::dateChanged, this, &MatrixImportDialog::check);
    connect(m_createMissing, &QCheckBox::toggled, this, &MatrixImportDialog::check);
    connect(m_skipBad, &QCheckBox::toggled, this, &MatrixImportDialog::check);
    check();
}

QComboBox* MatrixImportDialog::columnChoice(const QString& objectName)
{
    auto* box = new QComboBox(this);
    box->setObjectName(objectName);
    return box;
}

void MatrixImportDialog::markProblems()
{
    // Cells marked before are plain again; then each problem in the preview is marked, with
    // its message as the tooltip.
    for (int r = 0; r < m_preview->rowCount(); ++r)
        for (int c = 0; c < m_preview->columnCount(); ++c)
            if (QTableWidgetItem* item = m_preview->item(r, c); item && item->data(kMarkedRole).toBool()) {
                item->setData(Qt::BackgroundRole, QVariant());
                item->setData(Qt::ForegroundRole, QVariant());
                item->setToolTip(QString());
                item->setData(kMarkedRole, false);
            }
    for (size_t i = 0; i < m_plan.problemPlaces.size() && i < size_t(m_plan.problems.size()); ++i) {
        const auto [line, column] = m_plan.problemPlaces[i];
        const int row = m_previewRows.value(line, -1);
        if (row < 0 || column < 0 || column >= m_preview->columnCount())
            continue;
        QTableWidgetItem* item = m_preview->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_preview->setItem(row, column, item);
        }
        // A strong red with white text reads in light and dark themes alike (WCAG AA: 4.8:1).
        item->setData(Qt::BackgroundRole, QColor(0xd7, 0x30, 0x27));
        item->setData(Qt::ForegroundRole, QColor(Qt::white));
        item->setToolTip(m_plan.problems.at(qsizetype(i)));
        item->setData(kMarkedRole, true);
    }
}

void MatrixImportDialog::showProblem(QListWidgetItem* problem)
{
    const int line = problem->data(kLineRole).toInt();
    const int column = problem->data(kColumnRole).toInt();
    const int row = m_previewRows.value(line, -1);
    if (line == 1 && column >= 0) {
        m_preview->selectColumn(column);
        m_preview->scrollTo(m_preview->model()->index(0, column));
    } else if (row >= 0) {
        const int c = std::max(0, column);
        m_preview->setCurrentCell(row, c);
        m_preview->scrollToItem(m_preview->item(row, c) ? m_preview->item(row, c) : nullptr);
        if (column < 0)
            m_preview->selectRow(row);
    } else if (line > 0) {
        m_summary->setText(
            tr("Line %1 is past the rows the preview shows (the first %n).", nullptr, int(m_sheet.rows().size()))
                .arg(line));
        return;
    }
    m_preview->setFocus();
}

void MatrixImportDialog::fillPreview()
{
    const QList<CsvTable::Record> rows = m_sheet.rows();
    m_preview->clear();
    m_preview->setColumnCount(int(m_sheet.header().size()));
    m_preview->setRowCount(int(rows.size()));
    QStringList labels;
    for (int c = 0; c < m_sheet.header().size(); ++c)
        labels << QStringLiteral("%1 · %2").arg(Spreadsheet::columnName(c), m_sheet.header().at(c));
    m_preview->setHorizontalHeaderLabels(labels);
    QStringList lines;
    m_previewRows.clear();
    for (int r = 0; r < rows.size(); ++r) {
        lines << QString::number(rows.at(r).line);
        m_previewRows.insert(rows.at(r).line, r);
        for (int c = 0; c < rows.at(r).fields.size() && c < m_preview->columnCount(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(rows.at(r).fields.at(c)));
    }
    m_preview->setVerticalHeaderLabels(lines);
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), fontMetrics().averageCharWidth() * 28));
}

void MatrixImportDialog::fillColumns()
{
    // Found from the header; the choices are refilled when another sheet is chosen.
    const MatrixImport::Mapping detected = MatrixImport::detect(m_sheet.header());
    const std::pair<QComboBox*, int> boxes[] = {{m_person, detected.person},   {m_email, detected.email},
                                                {m_team, detected.team},       {m_skill, detected.skill},
                                                {m_level, detected.level},     {m_sourceColumn, detected.source},
                                                {m_dateColumn, detected.date}, {m_note, detected.note}};
    for (auto [box, current] : boxes) {
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(tr("(none)"), -1);
        for (int c = 0; c < m_sheet.header().size(); ++c)
            box->addItem(QStringLiteral("%1 · %2").arg(Spreadsheet::columnName(c), m_sheet.header().at(c)), c);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    }
    const QSignalBlocker blocker(m_form);
    m_form->setCurrentIndex(detected.longForm ? 1 : 0);
}

void MatrixImportDialog::chooseSheet(const QString& name)
{
    auto sheet = Spreadsheet::read(m_path, name, kPreviewRows);
    if (!sheet) {
        m_summary->setText(sheet.error().message);
        m_import->setEnabled(false);
        return;
    }
    m_sheet = sheet.take();
    fillPreview();
    fillColumns();
    check();
}

MatrixImport::Options MatrixImportDialog::options() const
{
    MatrixImport::Options o;
    MatrixImport::Mapping m;
    m.longForm = m_form->currentData().toBool();
    m.person = m_person->currentData().toInt();
    m.email = m_email->currentData().toInt();
    m.team = m_team->currentData().toInt();
    if (m.longForm) {
        m.skill = m_skill->currentData().toInt();
        m.level = m_level->currentData().toInt();
        m.source = m_sourceColumn->currentData().toInt();
        m.date = m_dateColumn->currentData().toInt();
        m.note = m_note->currentData().toInt();
    }
    o.mapping = m;
    o.source = Source(m_source->currentData().toInt());
    o.date = m_date->date();
    o.createMissing = m_createMissing->isChecked();
    o.skipBad = m_skipBad->isChecked();
    o.sheet = m_sheet.sheetName();
    return o;
}

void MatrixImportDialog::updateForm()
{
    const bool longForm = m_form->currentData().toBool();
    for (QWidget* w : std::as_const(m_longOnly))
        if (w)
            w->setVisible(longForm);
}

void MatrixImportDialog::check()
{
    updateForm();
    auto planned = MatrixImport::plan(m_workspace, m_sheet, options());
    if (!planned) {
        m_plan = {};
        m_problems->clear();
        m_summary->setText(planned.error().message);
        m_import->setEnabled(false);
        return;
    }
    m_plan = planned.take();
    m_planCoversFile = m_sheet.complete();
    showPlan(m_planCoversFile ? QString() : tr("In the first %n row(s): ", nullptr, int(m_sheet.rows().size())));
}

void MatrixImportDialog::showPlan(const QString& scope)
{
    m_problems->clear();
    markProblems();
    for (qsizetype i = 0; i < m_plan.problems.size(); ++i) {
        auto* item = new QListWidgetItem(m_plan.problems.at(i), m_problems);
        if (size_t(i) < m_plan.problemPlaces.size()) {
            item->setData(kLineRole, m_plan.problemPlaces[size_t(i)].line);
            item->setData(kColumnRole, m_plan.problemPlaces[size_t(i)].column);
        }
    }
    m_problems->setVisible(!m_plan.problems.isEmpty());
    const QString counts =
        tr("%n cell(s) to import from %1 row(s)", nullptr, int(m_plan.cells.size())).arg(m_plan.rows);
    QString extra;
    if (!m_plan.newPeople.isEmpty() || !m_plan.newSkills.isEmpty())
        extra = tr(", adding %1 people and %2 skills").arg(m_plan.newPeople.size()).arg(m_plan.newSkills.size());
    const QString rest = m_planCoversFile ? QString() : tr(" The rest of the file is checked when you import.");
    if (m_plan.problems.isEmpty())
        m_summary->setText(scope + counts + extra + QLatin1Char('.') + rest);
    else
        m_summary->setText(scope +
                           tr("%1%2. %n problem(s) — fix the file or the choices above, or skip bad cells.", nullptr,
                              int(m_plan.problems.size()))
                               .arg(counts, extra) +
                           rest);
    m_import->setEnabled((!m_plan.cells.empty() || !m_planCoversFile) &&
                         (m_plan.problems.isEmpty() || m_skipBad->isChecked()));
}

bool MatrixImportDialog::checkAll()
{
    if (!m_planCoversFile) {
        auto context = MatrixImport::context(m_workspace);
        if (!context) {
            m_summary->setText(context.error().message);
            return false;
        }
        const QString path = m_path;
        const MatrixImport::Options chosen = options();
        // Reading and checking millions of cells takes seconds: on a worker, with the
        // workspace's part read here, on the thread that owns its connection.
        auto planned = runWithProgress<Result<MatrixImport::Plan>>(
            this, tr("Import skill matrix"), tr("Checking %1…").arg(m_sheet.fileName()),
            [path, chosen, context = context.take()](BackgroundProgress& progress) -> Result<MatrixImport::Plan> {
                auto reader = SheetReader::open(path, chosen.sheet);
                if (!reader)
                    return reader.error();
                return MatrixImport::plan(context, *SheetReader::readAhead(reader.take()), chosen,
                                          [&progress](double done) {
                                              progress.set(done);
                                              return !progress.cancelled();
                                          });
            });
        if (!planned)
            return false; // cancelled: the dialog stays as it was
        if (!*planned) {
            m_summary->setText(planned->error().message);
            m_import->setEnabled(false);
            return false;
        }
        m_plan = planned->take();
        m_planCoversFile = true;
        showPlan(QString());
    }
    return !m_plan.cells.empty() && (m_plan.problems.isEmpty() || m_skipBad->isChecked());
}

void MatrixImportDialog::accept()
{
    if (checkAll())
        QDialog::accept();
}

} // namespace coe::ui
