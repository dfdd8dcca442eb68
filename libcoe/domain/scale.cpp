// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/scale.h"

#include <QSet>

#include <cmath>

namespace coe {

QList<ScaleLevel> Scale::defaultLevels()
{
    return {
        {0, tr("Unaware"), tr("Has not worked with it yet."), QColor(0xff, 0xff, 0xcc), ScaleLevel::Plain},
        {1, tr("Shadowing"), tr("Watches an expert do it; can explain the steps."), QColor(0xa1, 0xda, 0xb4),
         ScaleLevel::Plain},
        {2, tr("Coached"), tr("Does it with an expert alongside."), QColor(0x41, 0xb6, 0xc4), ScaleLevel::Plain},
        {3, tr("Independent"), tr("Does it alone, on real work, without help."), QColor(0x2c, 0x7f, 0xb8),
         ScaleLevel::Independent},
        {4, tr("Teacher"), tr("Can teach and mentor others."), QColor(0x25, 0x34, 0x94), ScaleLevel::Teacher},
    };
}

QString Scale::shown(const QString& text)
{
    // The default levels' labels and descriptions, in English as workspaces store them.
    static const char* const defaults[] = {
        QT_TR_NOOP("Unaware"),     QT_TR_NOOP("Has not worked with it yet."),
        QT_TR_NOOP("Shadowing"),   QT_TR_NOOP("Watches an expert do it; can explain the steps."),
        QT_TR_NOOP("Coached"),     QT_TR_NOOP("Does it with an expert alongside."),
        QT_TR_NOOP("Independent"), QT_TR_NOOP("Does it alone, on real work, without help."),
        QT_TR_NOOP("Teacher"),     QT_TR_NOOP("Can teach and mentor others."),
    };
    for (const char* english : defaults) {
        if (text == QLatin1String(english))
            return tr(english);
    }
    return text;
}

QString Scale::validate(const QList<ScaleLevel>& levels)
{
    if (levels.size() < kMinLevels || levels.size() > kMaxLevels)
        return tr("A scale has between %1 and %2 levels, not %3.").arg(kMinLevels).arg(kMaxLevels).arg(levels.size());
    int independent = -1;
    int teacher = -1;
    QSet<QString> labels;
    for (int i = 0; i < levels.size(); ++i) {
        const ScaleLevel& level = levels.at(i);
        if (level.level != i)
            return tr("Levels are numbered 0, 1, 2… in order; level %1 is numbered %2.").arg(i).arg(level.level);
        if (level.label.trimmed().isEmpty())
            return tr("Level %1 has no label.").arg(i);
        if (labels.contains(level.label.trimmed().toLower()))
            return tr("Two levels are labelled '%1'.").arg(level.label);
        labels.insert(level.label.trimmed().toLower());
        if (!level.color.isValid())
            return tr("Level %1 has no colour.").arg(i);
        if (level.meaning == ScaleLevel::Independent) {
            if (independent >= 0)
                return tr("Only one level can mean Independent.");
            independent = i;
        } else if (level.meaning == ScaleLevel::Teacher) {
            if (teacher >= 0)
                return tr("Only one level can mean Teacher.");
            teacher = i;
        }
    }
    if (independent < 0)
        return tr("Mark the level that means Independent (readiness counts people at or above it).");
    if (teacher < 0)
        return tr("Mark the level that means Teacher.");
    if (teacher < independent)
        return tr("The Teacher level must not be below the Independent level.");
    return {};
}

QColor Scale::textColorOn(const QColor& background)
{
    const auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const double luminance = 0.2126 * channel(background.redF()) + 0.7152 * channel(background.greenF()) +
                             0.0722 * channel(background.blueF());
    const double contrastWithBlack = (luminance + 0.05) / 0.05;
    const double contrastWithWhite = 1.05 / (luminance + 0.05);
    return contrastWithBlack >= contrastWithWhite ? QColor(Qt::black) : QColor(Qt::white);
}

QString Scale::meaningName(ScaleLevel::Meaning meaning)
{
    switch (meaning) {
    case ScaleLevel::Independent:
        return QStringLiteral("independent");
    case ScaleLevel::Teacher:
        return QStringLiteral("teacher");
    case ScaleLevel::Plain:
        break;
    }
    return {};
}

ScaleLevel::Meaning Scale::meaningFromName(const QString& name)
{
    if (name == QLatin1String("independent"))
        return ScaleLevel::Independent;
    if (name == QLatin1String("teacher"))
        return ScaleLevel::Teacher;
    return ScaleLevel::Plain;
}

QString Interest::label(int interest)
{
    switch (interest) {
    case 0:
        return tr("None");
    case 1:
        return tr("Curious");
    case 2:
        return tr("Keen");
    case 3:
        return tr("Wants to lead");
    default:
        return {};
    }
}

} // namespace coe
