// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace coe {

/// One level of the workspace's proficiency scale.
struct ScaleLevel
{
    enum Meaning
    {
        Plain,       ///< no special meaning for analytics
        Independent, ///< the lowest level at which a person works without help
        Teacher,     ///< can teach and mentor others
    };
    int level = 0;
    QString label;
    QString description;
    QColor color;
    Meaning meaning = Plain;

    bool operator==(const ScaleLevel&) const = default;
};

/// The proficiency scale: 2 to 11 ordered levels numbered from 0.
class Scale
{
    Q_DECLARE_TR_FUNCTIONS(Scale)

public:
    static constexpr int kMinLevels = 2;
    static constexpr int kMaxLevels = 11;

    /// Unaware · Shadowing · Coached · Independent · Teacher, coloured with ColorBrewer YlGnBu.
    static QList<ScaleLevel> defaultLevels();
    /// @p text in the user's language when it is a default level's English label or description
    /// (a workspace keeps the words it was made with, often by coectl, in English), else @p text.
    static QString shown(const QString& text);
    /// Empty when @p levels form a valid scale, else what is wrong.
    static QString validate(const QList<ScaleLevel>& levels);
    /// Black or white, whichever reads better on @p background (WCAG contrast).
    static QColor textColorOn(const QColor& background);
    static QString meaningName(ScaleLevel::Meaning meaning);
    static ScaleLevel::Meaning meaningFromName(const QString& name);
};

/// Interest in a skill: 0 none, 1 curious, 2 keen, 3 wants to lead.
struct Interest
{
    Q_DECLARE_TR_FUNCTIONS(Interest)

public:
    static constexpr int kMax = 3;
    static QString label(int interest);
};

} // namespace coe
