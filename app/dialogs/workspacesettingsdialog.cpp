// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/workspacesettingsdialog.h"

#include "commands/workspaceedits.h"
#include "core/timezone.h"
#include "ui/theme.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

#include <cmath>

namespace coe::ui {

namespace {

QString systemZoneId()
{
    return QString::fromUtf8(QTimeZone::systemTimeZoneId());
}

} // namespace

WorkspaceSettingsDialog::WorkspaceSettingsDialog(const WorkspaceSettings& settings, QWidget* parent)
    : QDialog(parent), m_before(settings)
{
    setWindowTitle(tr("Workspace Settings"));
    setObjectName(QStringLiteral("workspaceSettingsDialog"));
    auto* layout = new QVBoxLayout(this);

    auto* times = new QGroupBox(tr("Times"), this);
    auto* timesForm = new QFormLayout(times);
    m_zone = new QComboBox(times);
    m_zone->setObjectName(QStringLiteral("workspaceZone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    if (TimeZones::isFixedOffset(settings.timeZone))
        m_zone->addItem(settings.timeZone);
    const QList<QByteArray> zoneIds = QTimeZone::availableTimeZoneIds();
    for (const QByteArray& id : zoneIds)
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->setCurrentText(settings.timeZone.isEmpty() ? systemZoneId() : settings.timeZone);
    m_zone->setMinimumContentsLength(24);
    timesForm->addRow(tr("&Time zone:"), m_zone);
    m_zoneNote = new QLabel(times);
    m_zoneNote->setWordWrap(true);
    m_zoneNote->setObjectName(QStringLiteral("workspaceZoneNote"));
    timesForm->addRow(m_zoneNote);
    auto* zoneHelp = new QLabel(tr("Sessions that name no zone of their own are in this zone. Changing it keeps their "
                                   "wall-clock times, which are then read in the new zone."),
                                times);
    zoneHelp->setWordWrap(true);
    zoneHelp->setForegroundRole(QPalette::PlaceholderText);
    timesForm->addRow(zoneHelp);
    layout->addWidget(times);

    auto* readiness = new QGroupBox(tr("Readiness index"), this);
    auto* readinessForm = new QFormLayout(readiness);
    const auto percentBox = [readiness](const QString& name, double weight) {
        auto* box = new QSpinBox(readiness);
        box->setObjectName(name);
        box->setRange(0, 100);
        box->setSuffix(QStringLiteral(" %"));
        box->setValue(int(std::lround(weight * 100.0)));
        return box;
    };
    m_coverage = percentBox(QStringLiteral("weightCoverage"), settings.weights.coverage);
    m_teacher = percentBox(QStringLiteral("weightTeacher"), settings.weights.teacher);
    m_handover = percentBox(QStringLiteral("weightHandover"), settings.weights.handover);
    readinessForm->addRow(tr("&Coverage of required skills:"), m_coverage);
    readinessForm->addRow(tr("T&eachers where required:"), m_teacher);
    readinessForm->addRow(tr("Capability &hand-over:"), m_handover);
    m_sum = new QLabel(readiness);
    m_sum->setObjectName(QStringLiteral("weightSum"));
    readinessForm->addRow(tr("Together:"), m_sum);
    auto* weightsHelp = new QLabel(
        tr("How much each part counts in every team's readiness index. A part a team has nothing to count in "
           "drops out, and the others are scaled to make up 100 %."),
        readiness);
    weightsHelp->setWordWrap(true);
    weightsHelp->setForegroundRole(QPalette::PlaceholderText);
    readinessForm->addRow(weightsHelp);
    auto* defaults = new QPushButton(tr("Use the &defaults"), readiness);
    connect(defaults, &QPushButton::clicked, this, [this] {
        const ReadinessWeights standard;
        m_coverage->setValue(int(std::lround(standard.coverage * 100.0)));
        m_teacher->setValue(int(std::lround(standard.teacher * 100.0)));
        m_handover->setValue(int(std::lround(standard.handover * 100.0)));
    });
    readinessForm->addRow(QString(), defaults);
    layout->addWidget(readiness);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    Theme::markAsWarning(m_problem);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_zone, &QComboBox::currentTextChanged, this, &WorkspaceSettingsDialog::validate);
    for (QSpinBox* box : {m_coverage, m_teacher, m_handover})
        connect(box, &QSpinBox::valueChanged, this, &WorkspaceSettingsDialog::validate);
    validate();
    m_zone->setFocus();
}

WorkspaceSettings WorkspaceSettingsDialog::settings() const
{
    WorkspaceSettings s;
    s.timeZone = m_zone->currentText().trimmed();
    if (m_before.timeZone.isEmpty() && s.timeZone == systemZoneId())
        s.timeZone.clear();
    // Whole percentages as the boxes show them; weights left as they were keep their stored
    // value exactly (set with coectl, they need not be whole percentages).
    const auto percent = [](double weight) {
        return int(std::lround(weight * 100.0));
    };
    const ReadinessWeights& was = m_before.weights;
    if (m_coverage->value() == percent(was.coverage) && m_teacher->value() == percent(was.teacher) &&
        m_handover->value() == percent(was.handover))
        s.weights = was;
    else
        s.weights = {m_coverage->value() / 100.0, m_teacher->value() / 100.0, m_handover->value() / 100.0};
    return s;
}

QString WorkspaceSettingsDialog::problem() const
{
    const int sum = m_coverage->value() + m_teacher->value() + m_handover->value();
    if (sum != 100)
        return tr("The readiness weights add up to %1 %; they must add up to 100 %.").arg(sum);
    if (auto valid = commands::WorkspaceEdits::check(settings(), m_before.timeZone.isEmpty()); !valid)
        return valid.error().message;
    return {};
}

void WorkspaceSettingsDialog::validate()
{
    const int sum = m_coverage->value() + m_teacher->value() + m_handover->value();
    m_sum->setText(QStringLiteral("%1 %").arg(sum));
    const QTimeZone zone = TimeZones::fromId(m_zone->currentText().trimmed());
    if (zone.isValid()) {
        const QDateTime now = QDateTime::currentDateTime().toTimeZone(zone);
        // Hours and minutes in the user's style, without the seconds some locales' short format has.
        static const QRegularExpression seconds(QStringLiteral("[:.]ss"));
        QString format = QLocale().timeFormat(QLocale::ShortFormat);
        format.remove(seconds);
        m_zoneNote->setText(
            tr("It is %1 there now (%2).").arg(QLocale().toString(now.time(), format), TimeZones::name(zone)));
    } else {
        m_zoneNote->clear();
    }
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace coe::ui
