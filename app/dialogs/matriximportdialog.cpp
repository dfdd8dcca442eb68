// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/matriximportdialog.h"

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
#include <QTableWidget>
#include <QVBoxLayout>

namespace coe::ui {

namespace {
constexpr int kPreviewRows = 12;
}

MatrixImportDialog::MatrixImportDialog(Workspace& workspace, const Spreadsheet& sheet, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_sheet(sheet)
{
    setObjectName(QStringLiteral("matrixImportDialog"));
    setWindowTitle(tr("Import skill matrix from %1").arg(sheet.fileName()));
    const MatrixImport::Mapping detected = MatrixImport::detect(sheet.header());

    // The preview: the header and the first rows, as in the file.
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    const QList<CsvTable::Record> rows = sheet.rows();
    const int shown = int(std::min<qsizetype>(kPreviewRows, rows.size()));
    m_preview->setColumnCount(int(sheet.header().size()));
    m_preview->setRowCount(shown);
    QStringList labels;
    for (int c = 0; c < sheet.header().size(); ++c)
        labels << QStringLiteral("%1 · %2").arg(Spreadsheet::columnName(c), sheet.header().at(c));
    m_preview->setHorizontalHeaderLabels(labels);
    QStringList lines;
    for (int r = 0; r < shown; ++r) {
        lines << QString::number(rows.at(r).line);
        for (int c = 0; c < rows.at(r).fields.size() && c < m_preview->columnCount(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(rows.at(r).fields.at(c)));
    }
    m_preview->setVerticalHeaderLabels(lines);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setDefaultSectionSize(fontMetrics().averageCharWidth() * 14);

    // What the columns hold.
    m_form = new QComboBox(this);
    m_form->setObjectName(QStringLiteral("importForm"));
    m_form->addItem(tr("Wide: a row per person, a column per skill"), false);
    m_form->addItem(tr("Long: a row per person and skill"), true);
    m_form->setCurrentIndex(detected.longForm ? 1 : 0);
    m_person = columnChoice(QStringLiteral("importPerson"), detected.person);
    m_email = columnChoice(QStringLiteral("importEmail"), detected.email);
    m_team = columnChoice(QStringLiteral("importTeam"), detected.team);
    m_skill = columnChoice(QStringLiteral("importSkill"), detected.skill);
    m_level = columnChoice(QStringLiteral("importLevel"), detected.level);
    m_sourceColumn = columnChoice(QStringLiteral("importSourceColumn"), detected.source);
    m_dateColumn = columnChoice(QStringLiteral("importDateColumn"), detected.date);
    m_note = columnChoice(QStringLiteral("importNote"), detected.note);
    auto* columns = new QGroupBox(tr("Columns"), this);
    auto* columnsForm = new QFormLayout(columns);
    columnsForm->addRow(tr("Shape"), m_form);
    columnsForm->addRow(tr("Person"), m_person);
    columnsForm->addRow(tr("Email"), m_email);
    columnsForm->addRow(tr("Team"), m_team);
    for (auto [label, box] : {std::pair{tr("Skill"), m_skill}, std::pair{tr("Level"), m_level}, std::pair{tr("Source"), m_sourceColumn},
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
    resize(fontMetrics().averageCharWidth() * 140, fontMetrics().height() * 34);

    for (QComboBox* box : {m_form, m_person, m_email, m_team, m_skill, m_level, m_sourceColumn, m_dateColumn, m_note, m_source})
        connect(box, &QComboBox::currentIndexChanged, this, &MatrixImportDialog::check);
    connect(m_date, &QDateEdit::dateChanged, this, &MatrixImportDialog::check);
    connect(m_createMissing, &QCheckBox::toggled, this, &MatrixImportDialog::check);
    connect(m_skipBad, &QCheckBox::toggled, this, &MatrixImportDialog::check);
    check();
}

QComboBox* MatrixImportDialog::columnChoice(const QString& objectName, int current)
{
    auto* box = new QComboBox(this);
    box->setObjectName(objectName);
    box->addItem(tr("(none)"), -1);
    for (int c = 0; c < m_sheet.header().size(); ++c)
        box->addItem(QStringLiteral("%1 · %2").arg(Spreadsheet::columnName(c), m_sheet.header().at(c)), c);
    box->setCurrentIndex(std::max(0, box->findData(current)));
    return box;
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
    m_problems->clear();
    auto planned = MatrixImport::plan(m_workspace, m_sheet, options());
    if (!planned) {
        m_plan = {};
        m_summary->setText(planned.error().message);
        m_import->setEnabled(false);
        return;
    }
    m_plan = planned.take();
    for (const QString& problem : std::as_const(m_plan.problems))
        m_problems->addItem(problem);
    m_problems->setVisible(!m_plan.problems.isEmpty());
    const QString counts = tr("%n cell(s) to import from %1 row(s)", nullptr, int(m_plan.cells.size())).arg(m_plan.rows);
    QString extra;
    if (!m_plan.newPeople.isEmpty() || !m_plan.newSkills.isEmpty())
        extra = tr(", adding %1 people and %2 skills").arg(m_plan.newPeople.size()).arg(m_plan.newSkills.size());
    if (m_plan.problems.isEmpty())
        m_summary->setText(counts + extra + QLatin1Char('.'));
    else
        m_summary->setText(tr("%1%2. %n problem(s) — fix the file or the choices above, or skip bad cells.", nullptr,
                              int(m_plan.problems.size())).arg(counts, extra));
    m_import->setEnabled(!m_plan.cells.empty() && (m_plan.problems.isEmpty() || m_skipBad->isChecked()));
}

} // namespace coe::ui
