// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/entities.h"

namespace coe {

QString sourceName(Source source)
{
    switch (source) {
    case Source::Self:
        return QStringLiteral("self");
    case Source::Lead:
        return QStringLiteral("lead");
    case Source::Consultant:
        return QStringLiteral("consultant");
    }
    return {};
}

std::optional<Source> sourceFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("self"))
        return Source::Self;
    if (n == QLatin1String("lead"))
        return Source::Lead;
    if (n == QLatin1String("consultant"))
        return Source::Consultant;
    return std::nullopt;
}

} // namespace coe
