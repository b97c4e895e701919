from django.core.files.storage import FileSystemStorage


class PrivateFileSystemStorage(FileSystemStorage):
    """Files with no public address: only permission-checked views serve them."""

    def url(self, name):
        raise ValueError("Private files have no public URL; serve them through a view.")
