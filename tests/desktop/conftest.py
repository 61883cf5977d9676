import pytest

from passerelle.sample import territory


@pytest.fixture(scope="session")
def sample_folder_desktop(tmp_path_factory):
    folder = tmp_path_factory.mktemp("territory")
    territory.generate(str(folder))
    return str(folder)
