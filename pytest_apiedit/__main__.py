import sys

from pytest_apiedit.cli import main

sys.exit(main())
