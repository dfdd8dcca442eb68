// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/config.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

#include <array>

namespace coe {

namespace {

struct Entry
{
    const char* name;
    QVariant defaultValue;
};

// One row per Config::Key, in enum order.
const std::array<Entry, Config::KeyCount>& entries()
{
    static const std::array<Entry, Config::KeyCount> table{{
        {"MainWindow/Geometry", QVariant()},
        {"MainWindow/State", QVariant()},
        {"Workspaces/Recent", QStringList()},
        {"Workspaces/Last", QString()},
        {"MainWindow/CurrentView", QString()},
        {"Preferences/Language", QString()},
        {"Preferences/Theme", QStringLiteral("system")},
        {"Preferences/PaperSize", QString()},
    }};
    return table;
}

std::unique_ptr<Config> s_instance;

} // namespace

Config::Config(std::unique_ptr<QSettings> settings, QObject* parent) : QObject(parent), m_settings(std::move(settings))
{}

Config::~Config() = default;

Config* Config::instance()
{
    if (!s_instance) {
        auto settings = std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                                    QStringLiteral("CoE Studio"), QStringLiteral("coe-studio"));
        s_instance.reset(new Config(std::move(settings)));
    }
    return s_instance.get();
}

void Config::createTemporary()
{
    auto dir = std::make_unique<QTemporaryDir>();
    auto settings = std::make_unique<QSettings>(dir->filePath(QStringLiteral("coe-studio.ini")), QSettings::IniFormat);
    s_instance.reset(new Config(std::move(settings)));
    s_instance->m_tempDir = std::move(dir);
}

QString Config::keyName(Key key)
{
    return QString::fromLatin1(entries().at(key).name);
}

QVariant Config::get(Key key) const
{
    const Entry& entry = entries().at(key);
    return m_settings->value(QString::fromLatin1(entry.name), entry.defaultValue);
}

void Config::set(Key key, const QVariant& value)
{
    if (get(key) == value)
        return;
    m_settings->setValue(keyName(key), value);
    Q_EMIT changed(key);
}

void Config::reset(Key key)
{
    if (!m_settings->contains(keyName(key)))
        return;
    m_settings->remove(keyName(key));
    Q_EMIT changed(key);
}

} // namespace coe
