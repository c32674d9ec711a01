/// The package's version, shown by `backcoach --version` and in the man page; `make install` installs this version.
enum Version {
    /// The version of this release of the package.
    static let current = "0.10.0"
}
