import strawberry


@strawberry.type
class ResidentQueries:
    # Temporary: replaced by the residents GraphQL work.
    residents_pending: bool = False
