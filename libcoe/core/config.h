// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QVariant>

#include <memory>

class QSettings;
class QTemporaryDir;

namespace coe {

/// The application's per-user settings: one enum of keys, one table of name and default.
///
/// Not a QSettings subclass: callers name a Key, never a string, so a typo cannot create a
/// new setting. Tests call createTemporary() so they never touch the user's real settings.
class Config : public QObject
{
    Q_OBJECT

public:
    enum Key
    {
        MainWindowGeometry, ///< saved QMainWindow geometry
        MainWindowState,    ///< saved dock and toolbar state
        RecentWorkspaces,   ///< most recent first: paths and postgresql:// URLs
        LastWorkspace,      ///< reopened at start when set
        CurrentView,        ///< object name of the navigation entry shown last
        Language,           ///< "de", "en", "es", "fr"…; empty: the system's language
        Theme,              ///< "system", "light" or "dark"
        PaperSize,          ///< "a4", "letter", or empty: the system's default paper
        KeyCount            ///< number of keys; not a key
    };
    Q_ENUM(Key)

    ~Config() override;

    static Config* instance();
    /// Replaces the instance with one backed by a throw-away file (tests).
    static void createTemporary();

    QVariant get(Key key) const;
    void set(Key key, const QVariant& value);
    void reset(Key key);
    static QString keyName(Key key);

Q_SIGNALS:
    void changed(coe::Config::Key key);

private:
    explicit Config(std::unique_ptr<QSettings> settings, QObject* parent = nullptr);

    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QTemporaryDir> m_tempDir;
};

} // namespace coe
