using Modular.Testing;

namespace Modular.Modules.PartyBuilding.Tests;

[CollectionDefinition(PostgresFixture.Collection)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>;
