import Foundation

signal(SIGPIPE, SIG_IGN)
BackCoach.main()
